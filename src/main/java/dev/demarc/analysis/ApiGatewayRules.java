package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;

/**
 * What the customer owns on an API Gateway API: who may call its methods, and, when nothing is checked, the
 * Lambda functions behind it that the internet can now invoke; and its stage logs.
 */
final class ApiGatewayRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        for (Component api : facts.ofType(ComponentType.API_GATEWAY)) {
            if (openToInternet(facts, api)) {
                out.report("apigateway.no-authorizer", facts.name(api) + " has a " + endpoint(facts, api)
                        + " endpoint and its methods check no caller (authorization NONE).", api);
                for (Component fn : facts.targetsOfType(api, ComponentType.LAMBDA.id())) {
                    out.report("apigateway.open-lambda", facts.name(fn) + " can be invoked by anyone on the internet "
                            + "through " + facts.name(api) + ", which checks no caller.", fn, api);
                }
            }
            if (!facts.bool(api, "logging")) {
                out.report("apigateway.no-logging", facts.name(api) + " keeps no execution or access logs.", api);
            }
        }
    }

    /** Whether anyone on the internet can call the API's methods: a public endpoint and no authorization. */
    static boolean openToInternet(Facts facts, Component api) {
        return "NONE".equals(facts.text(api, "authorizer")) && !"PRIVATE".equals(facts.text(api, "endpointType"));
    }

    private static String endpoint(Facts facts, Component api) {
        return "EDGE".equals(facts.text(api, "endpointType")) ? "public edge-optimized" : "public Regional";
    }
}
