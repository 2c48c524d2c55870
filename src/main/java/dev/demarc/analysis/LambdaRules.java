package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.Optional;

/**
 * What stays the customer's on a Lambda function although AWS runs its hosts and runtime: moving off a
 * deprecated runtime, a function URL anyone can call (R13), the role its code calls data services with
 * (R14), and where a VPC-attached function sits (R12).
 */
final class LambdaRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        for (Component fn : facts.ofType(ComponentType.LAMBDA)) {
            runtime(facts, fn, out);
            if (publicUrl(facts, fn)) {
                out.report("lambda.url-public", facts.name(fn) + " has a function URL with auth type NONE: anyone on "
                        + "the internet can call it without signing the request.", fn);
            }
            List<Component> stores = AwsApiTargets.calledBy(facts, fn);
            if (!stores.isEmpty() && !facts.bool(fn, "roleGrantsDataAccess") && !Roles.drawnFor(facts, fn)) {
                Component store = stores.get(0);
                out.report("lambda.stored-keys", facts.name(fn) + " calls " + facts.name(store) + ", but its "
                        + "execution role does not allow it, so its code must be using long-term access keys.",
                        fn, store);
            }
            Optional<Component> subnet = facts.subnetOf(fn);
            if (subnet.isPresent() && facts.routesToInternet(fn)) {
                out.report("lambda.in-public-subnet", facts.name(fn) + " is attached to the public subnet "
                        + facts.name(subnet.get()) + ", but a function gets no public IP there, so the subnet gives it "
                        + "no way to the internet.", fn, subnet.get());
            }
        }
    }

    private static void runtime(Facts facts, Component fn, Findings out) {
        if (!"zip".equals(facts.text(fn, "packageType"))) {
            return; // an image carries its own runtime; rebuilding it is the customer's PATCH duty on the stack
        }
        String runtime = facts.text(fn, "runtime");
        LambdaRuntimes.deprecatedBy(runtime, facts.catalog().asOf()).ifPresent(on -> out.report(
                "lambda.deprecated-runtime", facts.name(fn) + " runs on " + runtime + ", deprecated since " + on
                        + ": Lambda may no longer patch it, and moving to a supported runtime is yours.", fn));
    }

    /** Whether anyone on the internet can call the function through its URL. */
    static boolean publicUrl(Facts facts, Component fn) {
        return "NONE".equals(facts.text(fn, "functionUrlAuth"));
    }
}
