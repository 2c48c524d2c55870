package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static dev.demarc.analysis.DiagramBuilder.allTraffic;
import static dev.demarc.analysis.DiagramBuilder.tcp;

import dev.demarc.analysis.DiagramBuilder.Part;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenario diagrams of the analyzer tests. Every method without parameters that returns a
 * {@link DiagramBuilder} is a fixture: {@link #all()} finds them by reflection, and
 * {@link RuleCoverageTest} requires that together they fire every rule of the rule book. Each returns a
 * fresh builder, so a test may flip a setting without affecting others.
 *
 * <p>Components that are not the point of a scenario are hardened (every setting the customer owns is
 * done right), so the scenario's own findings stand out.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** Every fixture, by method name, in name order. */
    static Map<String, Diagram> all() {
        Map<String, Diagram> out = new LinkedHashMap<>();
        Arrays.stream(Fixtures.class.getDeclaredMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getReturnType() == DiagramBuilder.class)
                .sorted(Comparator.comparing(Method::getName))
                .forEach(m -> {
                    try {
                        out.put(m.getName(), ((DiagramBuilder) m.invoke(null)).build());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("fixture " + m.getName(), e);
                    }
                });
        return out;
    }

    // ----- building blocks -----

    /** A VPC with an internet gateway and flow logs, a public subnet "pub" and a private subnet "priv". */
    static DiagramBuilder network() {
        DiagramBuilder d = new DiagramBuilder();
        d.vpc("vpc").label("Main VPC").set("cidr", "10.0.0.0/16").set("internetGateway", true).set("flowLogs", true);
        d.subnet("pub").label("Public subnet").in("vpc").set("cidr", "10.0.1.0/24").set("public", true);
        d.subnet("priv").label("Private subnet").in("vpc").set("cidr", "10.0.2.0/24");
        return d;
    }

    /** A hardened instance {@code id}, with its own hardened role {@code id-role} (its instance profile). */
    static Part hardenedInstance(DiagramBuilder d, String id, String subnet) {
        Part instance = d.ec2(id).in(subnet).set("imdsv2Required", true).set("ebsEncrypted", true)
                .set("patchManager", true).set("backupPlan", true);
        withOwnRole(d, id);
        return instance;
    }

    /** Gives the workload {@code id} a hardened role {@code id-role}, connected from it. */
    static void withOwnRole(DiagramBuilder d, String id) {
        hardenedRole(d, id + "-role");
        d.connect(id, id + "-role");
    }

    /** Takes the workload {@code id}'s own role away (the role stays on the diagram, used by nothing). */
    static void withoutOwnRole(DiagramBuilder d, String id) {
        d.disconnect(id, id + "-role");
    }

    static Part hardenedDatabase(DiagramBuilder d, String id, String subnet) {
        return d.rds(id).in(subnet).set("engine", "postgres").set("storageEncrypted", true)
                .set("enforceTls", true).set("multiAz", true).set("backupRetentionDays", 7)
                .set("deletionProtection", true).set("iamAuthentication", true).set("autoMinorVersionUpgrade", true)
                .rules(tcp(5432, "10.0.1.0/24"));
    }

    static Part hardenedBucket(DiagramBuilder d, String id) {
        return d.s3(id).set("blockPublicAccess", true).set("encryption", "SSE-KMS").set("enforceTls", true)
                .set("versioning", true).set("accessLogging", true);
    }

    static Part hardenedTable(DiagramBuilder d, String id) {
        return d.dynamoDb(id).set("keyType", "customer-managed").set("pointInTimeRecovery", true)
                .set("deletionProtection", true);
    }

    static Part hardenedQueue(DiagramBuilder d, String id) {
        return d.sqs(id).set("encryption", "SSE-KMS").set("enforceTls", true);
    }

    static Part hardenedTopic(DiagramBuilder d, String id) {
        return d.sns(id).set("encryption", "SSE-KMS").set("enforceTls", true);
    }

    static Part hardenedDistribution(DiagramBuilder d, String id) {
        return d.cloudFront(id).set("viewerProtocolPolicy", "https-only").set("customCertificate", true)
                .set("minimumTls", "TLSv1.2_2021").set("waf", true).set("logging", true)
                .set("originAccessControl", true);
    }

    static Part hardenedFunction(DiagramBuilder d, String id) {
        return d.lambda(id).set("packageType", "zip").set("runtime", "python3.13").set("runtimeUpdateMode", "Auto")
                .set("functionUrlAuth", "no-url").set("roleGrantsDataAccess", true);
    }

    /** A hardened Fargate service {@code id}, with its own hardened task role {@code id-role}. */
    static Part hardenedService(DiagramBuilder d, String id, String subnet) {
        Part service = d.ecs(id).in(subnet).set("launchType", "FARGATE").set("assignPublicIp", false)
                .set("secretsInEnvironment", false);
        withOwnRole(d, id);
        return service;
    }

    static Part hardenedCluster(DiagramBuilder d, String id) {
        return d.eks(id).in("vpc").set("nodeType", "managed-node-group").set("endpointPublicAccess", false)
                .set("endpointPrivateAccess", true).set("controlPlaneLogging", true).set("secretsKmsKey", true);
    }

    static Part hardenedApi(DiagramBuilder d, String id) {
        return d.api(id).set("authorizer", "COGNITO").set("endpointType", "REGIONAL").set("resourcePolicy", true)
                .set("logging", true);
    }

    /** A role that trusts only its workload's service and allows only what the workload needs. */
    static Part hardenedRole(DiagramBuilder d, String id) {
        return d.add(ComponentType.IAM_ROLE, id).set("trust", "expected-service").set("permissions", "least-privilege");
    }

    /** A customer managed key that rotates, with the default key policy. */
    static Part hardenedKey(DiagramBuilder d, String id) {
        return d.add(ComponentType.KMS_KEY, id).set("keyType", "customer-managed").set("rotation", true)
                .set("keyPolicy", "account-only").set("pendingDeletion", false);
    }

    // ----- placement -----

    static DiagramBuilder orphanInstance() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedInstance(d, "orphan", null).label("Lost server");
        return d;
    }

    static DiagramBuilder instanceDirectlyInVpc() {
        DiagramBuilder d = network();
        hardenedInstance(d, "web", "vpc").label("Web server");
        return d;
    }

    static DiagramBuilder bucketDrawnInVpc() {
        DiagramBuilder d = network();
        hardenedBucket(d, "assets").label("Assets bucket").in("vpc");
        return d;
    }

    // ----- VPC and subnets -----

    static DiagramBuilder vpcWithoutFlowLogs() {
        DiagramBuilder d = network();
        d.get("vpc").set("flowLogs", false);
        return d;
    }

    static DiagramBuilder publicSubnetWithoutGateway() {
        DiagramBuilder d = network();
        d.get("vpc").set("internetGateway", false);
        return d;
    }

    static DiagramBuilder subnetAutoAssigningPublicIps() {
        DiagramBuilder d = network();
        d.get("pub").set("autoAssignPublicIp", true);
        return d;
    }

    // ----- EC2 -----

    /** A hardened instance "web" with its own public IP in the public subnet of a VPC with a gateway. */
    static DiagramBuilder publicInstance(InboundRule... rules) {
        DiagramBuilder d = network();
        hardenedInstance(d, "web", "pub").label("Web server").set("publicIp", true).rules(rules);
        return d;
    }

    static DiagramBuilder sshOpenToWorld() {
        return publicInstance(tcp(22, WORLD));
    }

    static DiagramBuilder allTrafficOpenToWorld() {
        return publicInstance(allTraffic(WORLD));
    }

    static DiagramBuilder httpsOpenToWorld() {
        return publicInstance(tcp(443, WORLD));
    }

    /** The same SSH rule and public IP as {@link #sshOpenToWorld()}, but in the private subnet. */
    static DiagramBuilder privateInstanceWithSshOpenToWorld() {
        DiagramBuilder d = network();
        hardenedInstance(d, "worker", "priv").label("Worker").set("publicIp", true).rules(tcp(22, WORLD));
        return d;
    }

    /** An instance with nothing set: every catalog default applies. */
    static DiagramBuilder instanceWithDefaults() {
        DiagramBuilder d = network();
        d.ec2("app").label("App server").in("priv");
        return d;
    }

    static DiagramBuilder instanceAllowingImdsv1() {
        DiagramBuilder d = network();
        hardenedInstance(d, "app", "priv").label("App server").set("imdsv2Required", false);
        return d;
    }

    static DiagramBuilder instanceCallingBucketWithoutRole() {
        DiagramBuilder d = network();
        hardenedInstance(d, "app", "priv").label("App server");
        withoutOwnRole(d, "app");
        hardenedBucket(d, "data").label("Data bucket");
        d.connect("app", "data");
        return d;
    }

    // ----- RDS -----

    /** A hardened but publicly accessible database "db" in the public subnet, with one rule. */
    static DiagramBuilder publicDatabase(String engine, InboundRule rule) {
        DiagramBuilder d = network();
        hardenedDatabase(d, "db", "pub").label("Orders DB").set("engine", engine)
                .set("publiclyAccessible", true).rules(rule);
        return d;
    }

    static DiagramBuilder postgresOpenToWorld() {
        return publicDatabase("postgres", tcp(5432, WORLD));
    }

    static DiagramBuilder publiclyAccessibleDatabaseInPrivateSubnet() {
        DiagramBuilder d = network();
        hardenedDatabase(d, "db", "priv").label("Orders DB").set("publiclyAccessible", true);
        return d;
    }

    static DiagramBuilder privateDatabaseWithWorldRule() {
        DiagramBuilder d = network();
        hardenedDatabase(d, "db", "priv").label("Orders DB").rules(tcp(5432, WORLD));
        return d;
    }

    static DiagramBuilder privateDatabaseInPublicSubnet() {
        DiagramBuilder d = network();
        hardenedDatabase(d, "db", "pub").label("Orders DB");
        return d;
    }

    /** A database with nothing set: every catalog default applies. */
    static DiagramBuilder databaseWithDefaults() {
        DiagramBuilder d = network();
        d.rds("db").label("Orders DB").in("priv");
        return d;
    }

    static DiagramBuilder databaseWithCustomerManagedKey() {
        DiagramBuilder d = network();
        hardenedDatabase(d, "db", "priv").label("Orders DB").set("customerManagedKey", true);
        return d;
    }

    static DiagramBuilder databaseWithoutAutomatedBackups() {
        DiagramBuilder d = network();
        hardenedDatabase(d, "db", "priv").label("Orders DB").set("backupRetentionDays", 0);
        return d;
    }

    static DiagramBuilder databaseWithoutAutoMinorUpgrades() {
        DiagramBuilder d = network();
        hardenedDatabase(d, "db", "priv").label("Orders DB").set("autoMinorVersionUpgrade", false);
        return d;
    }

    // ----- S3 -----

    static DiagramBuilder publicBucket() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedBucket(d, "site").label("Site bucket").set("blockPublicAccess", false).set("publicPolicy", true);
        return d;
    }

    static DiagramBuilder publicPolicyBlockedByBlockPublicAccess() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedBucket(d, "site").label("Site bucket").set("blockPublicAccess", true).set("publicPolicy", true);
        return d;
    }

    static DiagramBuilder bucketWithBlockPublicAccessOff() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedBucket(d, "site").label("Site bucket").set("blockPublicAccess", false);
        return d;
    }

    /** Website hosting, with the public read policy a website endpoint needs. */
    static DiagramBuilder websiteBucket() {
        DiagramBuilder d = publicBucket();
        d.get("site").set("websiteHosting", true);
        return d;
    }

    /** A bucket with nothing set: every catalog default applies. */
    static DiagramBuilder bucketWithDefaults() {
        DiagramBuilder d = new DiagramBuilder();
        d.s3("logs").label("Logs bucket");
        return d;
    }

    static DiagramBuilder bucketWithAcls() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedBucket(d, "site").label("Site bucket").set("objectOwnership", "BucketOwnerPreferred");
        return d;
    }

    // ----- CloudFront -----

    /** A distribution with nothing set and no origin. */
    static DiagramBuilder distributionWithDefaults() {
        DiagramBuilder d = new DiagramBuilder();
        d.cloudFront("cdn").label("Web CDN");
        return d;
    }

    /** A hardened distribution "cdn" with origin access control, reading the hardened bucket "site". */
    static DiagramBuilder distributionInFrontOfBucket() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedDistribution(d, "cdn").label("Web CDN");
        hardenedBucket(d, "site").label("Site bucket").set("encryption", "SSE-S3");
        d.connect("cdn", "site");
        return d;
    }

    static DiagramBuilder distributionAskingForTls12WithDefaultCertificate() {
        DiagramBuilder d = distributionInFrontOfBucket();
        d.get("cdn").set("customCertificate", false);
        return d;
    }

    static DiagramBuilder distributionWithoutOacInFrontOfPublicBucket() {
        DiagramBuilder d = distributionInFrontOfBucket();
        d.get("cdn").set("originAccessControl", false);
        d.get("site").set("blockPublicAccess", false).set("publicPolicy", true);
        return d;
    }

    static DiagramBuilder distributionWithoutOacInFrontOfPrivateBucket() {
        DiagramBuilder d = distributionInFrontOfBucket();
        d.get("cdn").set("originAccessControl", false);
        return d;
    }

    static DiagramBuilder distributionInFrontOfWebsiteBucket() {
        DiagramBuilder d = distributionInFrontOfBucket();
        d.get("site").set("websiteHosting", true).set("blockPublicAccess", false).set("publicPolicy", true);
        return d;
    }

    static DiagramBuilder distributionWithOacInFrontOfBucketWithAcls() {
        DiagramBuilder d = distributionInFrontOfBucket();
        d.get("site").set("objectOwnership", "ObjectWriter");
        return d;
    }

    static DiagramBuilder distributionWithoutOacInFrontOfKmsBucket() {
        DiagramBuilder d = distributionWithoutOacInFrontOfPrivateBucket();
        d.get("site").set("encryption", "SSE-KMS");
        return d;
    }

    static DiagramBuilder distributionWithOacInFrontOfKmsBucket() {
        DiagramBuilder d = distributionInFrontOfBucket();
        d.get("site").set("encryption", "SSE-KMS");
        return d;
    }

    // ----- Lambda -----

    static DiagramBuilder functionOnDeprecatedRuntime() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedFunction(d, "fn").label("Orders function").set("runtime", "nodejs20.x");
        return d;
    }

    static DiagramBuilder functionWithOpenUrl() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedFunction(d, "fn").label("Orders function").set("functionUrlAuth", "NONE");
        return d;
    }

    static DiagramBuilder functionCallingBucketWithoutRole() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedFunction(d, "fn").label("Orders function").set("roleGrantsDataAccess", false);
        hardenedBucket(d, "data").label("Data bucket");
        d.connect("fn", "data");
        return d;
    }

    static DiagramBuilder functionInPublicSubnet() {
        DiagramBuilder d = network();
        hardenedFunction(d, "fn").label("Orders function").in("pub");
        return d;
    }

    // ----- API Gateway -----

    /** An API "api" that checks no caller, in front of the hardened function "fn". */
    static DiagramBuilder openApiInFrontOfFunction() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedApi(d, "api").label("Orders API").set("authorizer", "NONE");
        hardenedFunction(d, "fn").label("Orders function");
        d.connect("api", "fn");
        return d;
    }

    static DiagramBuilder apiWithoutLogging() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedApi(d, "api").label("Orders API").set("logging", false);
        return d;
    }

    // ----- ECS -----

    /** A hardened Fargate service "svc" in the public subnet with public IPs and the given rules. */
    static DiagramBuilder publicTasks(InboundRule... rules) {
        DiagramBuilder d = network();
        hardenedService(d, "svc", "pub").label("Web service").set("assignPublicIp", true).rules(rules);
        return d;
    }

    static DiagramBuilder tasksWithHttpsOpenToWorld() {
        return publicTasks(tcp(443, WORLD));
    }

    static DiagramBuilder tasksCallingBucketWithoutRole() {
        DiagramBuilder d = network();
        hardenedService(d, "svc", "priv").label("Worker service");
        withoutOwnRole(d, "svc");
        hardenedBucket(d, "data").label("Data bucket");
        d.connect("svc", "data");
        return d;
    }

    static DiagramBuilder tasksWithSecretsInEnvironment() {
        DiagramBuilder d = network();
        hardenedService(d, "svc", "priv").label("Worker service").set("secretsInEnvironment", true);
        return d;
    }

    static DiagramBuilder serviceOnEc2LaunchType() {
        DiagramBuilder d = network();
        hardenedService(d, "svc", "priv").label("Worker service").set("launchType", "EC2");
        return d;
    }

    // ----- EKS -----

    static DiagramBuilder clusterWithDefaults() {
        DiagramBuilder d = network();
        d.eks("k8s").label("Shop cluster").in("vpc");
        return d;
    }

    static DiagramBuilder clusterOnSelfManagedNodes() {
        DiagramBuilder d = network();
        hardenedCluster(d, "k8s").label("Shop cluster").set("nodeType", "self-managed");
        return d;
    }

    // ----- DynamoDB, SQS and SNS -----

    /** A table with nothing set: every catalog default applies. */
    static DiagramBuilder tableWithDefaults() {
        DiagramBuilder d = new DiagramBuilder();
        d.dynamoDb("orders").label("Orders table");
        return d;
    }

    static DiagramBuilder tableSharedWithAnotherAccount() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedTable(d, "orders").label("Orders table").set("resourcePolicy", "cross-account");
        return d;
    }

    static DiagramBuilder instanceCallingTableWithoutRole() {
        DiagramBuilder d = network();
        hardenedInstance(d, "app", "priv").label("App server");
        withoutOwnRole(d, "app");
        hardenedTable(d, "orders").label("Orders table");
        d.connect("app", "orders");
        return d;
    }

    /** A queue with nothing set: SSE-SQS by default, so nothing is wrong with it. */
    static DiagramBuilder queueWithDefaults() {
        DiagramBuilder d = new DiagramBuilder();
        d.sqs("jobs").label("Jobs queue");
        return d;
    }

    static DiagramBuilder publicQueue() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedQueue(d, "jobs").label("Jobs queue").set("publicPolicy", true);
        return d;
    }

    /** A queue made without encryption (before 2022, or on the non-TLS endpoint) and no TLS-only policy. */
    static DiagramBuilder unencryptedQueue() {
        DiagramBuilder d = new DiagramBuilder();
        d.sqs("jobs").label("Jobs queue").set("encryption", "none");
        return d;
    }

    /** A topic with nothing set: every catalog default applies. */
    static DiagramBuilder topicWithDefaults() {
        DiagramBuilder d = new DiagramBuilder();
        d.sns("alerts").label("Alerts topic");
        return d;
    }

    static DiagramBuilder publicTopic() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedTopic(d, "alerts").label("Alerts topic").set("publicPolicy", true);
        return d;
    }

    static DiagramBuilder topicWithHttpSubscription() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedTopic(d, "alerts").label("Alerts topic").set("httpSubscription", true);
        return d;
    }

    // ----- load balancer and NAT gateway (issue 14) -----

    /** An internet-facing ALB with HTTPS, a current policy, WAF, logs and header hygiene, open on 80 and 443. */
    static Part hardenedAlb(DiagramBuilder d, String id, String subnet) {
        return d.alb(id).in(subnet).set("listener", "HTTP-redirect-to-HTTPS")
                .set("tlsPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06").set("waf", true).set("accessLogs", true)
                .set("dropInvalidHeaders", true).set("deletionProtection", true)
                .rules(tcp(443, WORLD), tcp(80, WORLD));
    }

    /** The usual shape: a hardened ALB "alb" in the public subnet forwarding to a private instance "app". */
    static DiagramBuilder albInFrontOfPrivateInstance() {
        DiagramBuilder d = network();
        hardenedAlb(d, "alb", "pub").label("Web ALB");
        hardenedInstance(d, "app", "priv").label("App server").rules(tcp(8080, "10.0.1.0/24"));
        return d.connect("alb", "app");
    }

    /** An ALB with every setting at its default, admitting HTTP from the world. */
    static DiagramBuilder albWithDefaults() {
        DiagramBuilder d = network();
        d.alb("alb").in("pub").label("Web ALB").rules(tcp(80, WORLD));
        return d;
    }

    /** A hardened ALB whose HTTPS listener has the policy the API gives when a template names none. */
    static DiagramBuilder albHttpsWithApiDefaultPolicy() {
        DiagramBuilder d = albInFrontOfPrivateInstance();
        d.get("alb").set("listener", "HTTPS").unset("tlsPolicy");
        return d;
    }

    static DiagramBuilder internetFacingAlbInPrivateSubnet() {
        DiagramBuilder d = albInFrontOfPrivateInstance();
        d.get("alb").in("priv");
        return d;
    }

    /** The target of the ALB also sits in the public subnet with a public IP and its port open to the world. */
    static DiagramBuilder albTargetAlsoOpenToWorld() {
        DiagramBuilder d = albInFrontOfPrivateInstance();
        d.get("app").in("pub").set("publicIp", true).rules(tcp(8080, WORLD));
        return d;
    }

    /** A hardened distribution whose origin is the hardened internet-facing ALB, not locked to CloudFront. */
    static DiagramBuilder distributionInFrontOfOpenAlb() {
        DiagramBuilder d = albInFrontOfPrivateInstance();
        hardenedDistribution(d, "cdn").label("Web CDN");
        return d.connect("cdn", "alb");
    }

    /** A NAT gateway "nat" in the public subnet, and the private subnet routing 0.0.0.0/0 to it. */
    static DiagramBuilder privateSubnetRoutedToNat() {
        DiagramBuilder d = network();
        d.nat("nat").in("pub").label("NAT");
        d.get("priv").set("natRoute", true);
        return d;
    }

    static DiagramBuilder natGatewayInPrivateSubnet() {
        DiagramBuilder d = privateSubnetRoutedToNat();
        d.get("nat").in("priv");
        return d;
    }

    static DiagramBuilder natRouteWithoutGateway() {
        DiagramBuilder d = network();
        d.get("priv").set("natRoute", true);
        return d;
    }

    // ----- IAM roles -----

    /** A hardened web server "web" the internet reaches on 443, assuming the role "role" with administrator access. */
    static DiagramBuilder adminRoleOnReachableInstance() {
        DiagramBuilder d = network();
        hardenedInstance(d, "web", "pub").label("Web server").set("publicIp", true).rules(tcp(443, WORLD));
        withoutOwnRole(d, "web");
        hardenedRole(d, "role").label("Web role").set("permissions", "administrator");
        d.connect("web", "role");
        return d;
    }

    /** A hardened app server "app" in the private subnet, assuming the role "role" with administrator access. */
    static DiagramBuilder adminRoleOnPrivateInstance() {
        DiagramBuilder d = network();
        hardenedInstance(d, "app", "priv").label("App server");
        withoutOwnRole(d, "app");
        hardenedRole(d, "role").label("App role").set("permissions", "administrator");
        d.connect("app", "role");
        return d;
    }

    static DiagramBuilder roleTrustingAnyone() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedRole(d, "role").label("Open role").set("trust", "any-principal");
        return d;
    }

    /** The hardened function "fn" with the role "role", which trusts the account rather than Lambda. */
    static DiagramBuilder functionRoleTrustingTheAccount() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedFunction(d, "fn").label("Orders function");
        hardenedRole(d, "role").label("Orders role").set("trust", "this-account");
        d.connect("fn", "role");
        return d;
    }

    // ----- KMS keys -----

    static DiagramBuilder keyWithoutRotation() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedKey(d, "key").label("Data key").set("rotation", false);
        return d;
    }

    static DiagramBuilder keyOpenToAnyone() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedKey(d, "key").label("Data key").set("keyPolicy", "any-principal");
        return d;
    }

    /** The key "key", scheduled for deletion, still encrypting the hardened table "orders". */
    static DiagramBuilder keyPendingDeletionInUse() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedKey(d, "key").label("Data key").set("pendingDeletion", true);
        hardenedTable(d, "orders").label("Orders table");
        d.connect("orders", "key");
        return d;
    }

    /** The bucket "data" says SSE-S3 but is drawn encrypted by the key "key". */
    static DiagramBuilder keyOnBucketUsingSseS3() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedKey(d, "key").label("Data key");
        hardenedBucket(d, "data").label("Data bucket").set("encryption", "SSE-S3");
        d.connect("data", "key");
        return d;
    }

    /**
     * The hardened distribution "cf" reads the SSE-KMS bucket "site" through OAC; the bucket's key "key" is a
     * customer managed key whose policy does not let CloudFront decrypt.
     */
    static DiagramBuilder distributionBlockedByBucketKey() {
        DiagramBuilder d = new DiagramBuilder();
        hardenedDistribution(d, "cf").label("Site distribution");
        hardenedBucket(d, "site").label("Site bucket");
        hardenedKey(d, "key").label("Site key").set("allowsCloudFront", false);
        d.connect("cf", "site").connect("site", "key");
        return d;
    }
}
