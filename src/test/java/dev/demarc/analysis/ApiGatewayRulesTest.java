package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the customer owns on an API: its methods' authorization, the functions behind it, its logs. */
class ApiGatewayRulesTest {

    @Test
    void anApiThatChecksNoCallerExposesTheFunctionBehindIt() {
        Analysis a = analyze(Fixtures.openApiInFrontOfFunction());

        assertEquals(Severity.MEDIUM, assertFires(a, "apigateway.no-authorizer", "api").severity());
        assertEquals(Severity.HIGH, assertFires(a, "apigateway.open-lambda", "fn", "api").severity());
        ExposurePath path = a.exposurePath("fn").orElseThrow();
        assertEquals(List.of(ExposurePath.Kind.INTERNET, ExposurePath.Kind.OPEN_API, ExposurePath.Kind.RESOURCE),
                path.hops().stream().map(ExposurePath.Hop::kind).toList());
        assertEquals("api", path.hops().get(1).component(), "the way in is drawn at the API");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS_IAM", "COGNITO", "LAMBDA"})
    void anAuthorizerClosesTheApiAndTheFunctionBehindIt(String authorizer) {
        DiagramBuilder d = Fixtures.openApiInFrontOfFunction();
        d.get("api").set("authorizer", authorizer);

        Analysis a = analyze(d);
        assertSilent(a, "apigateway.no-authorizer");
        assertSilent(a, "apigateway.open-lambda");
        assertEquals(Optional.empty(), a.exposurePath("fn"));
    }

    @Test
    void aPrivateApiIsNotOpenToTheInternetEvenWithoutAuthorization() {
        DiagramBuilder d = Fixtures.openApiInFrontOfFunction();
        d.get("api").set("endpointType", "PRIVATE");

        Analysis a = analyze(d);
        assertSilent(a, "apigateway.no-authorizer");
        assertSilent(a, "apigateway.open-lambda");
    }

    @Test
    void anOpenApiWithNothingBehindItExposesNoFunction() {
        DiagramBuilder d = Fixtures.openApiInFrontOfFunction();
        d.disconnectAll();

        Analysis a = analyze(d);
        assertFires(a, "apigateway.no-authorizer", "api");
        assertSilent(a, "apigateway.open-lambda");
    }

    @Test
    void anApiWithoutStageLogsIsAMonitoringGap() {
        assertEquals(Severity.MEDIUM, assertFires(analyze(Fixtures.apiWithoutLogging()), "apigateway.no-logging",
                "api").severity());
        assertSilent(analyze(Fixtures.openApiInFrontOfFunction()), "apigateway.no-logging");
    }
}
