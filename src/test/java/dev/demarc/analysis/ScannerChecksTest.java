package dev.demarc.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.demarc.catalog.Catalog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every scanner check a rule cites exists in that scanner's own list and applies to the kind of resource the
 * rule is about; the checks once cited wrongly stay out, and the ones that were missing stay in. A wrong id
 * teaches students to look for a check that does not exist or checks something else.
 */
class ScannerChecksTest {

    private static final RuleBook RULES = RuleBook.load(Catalog.builtIn());
    private static final Map<Scanner, Map<String, ScannerLists.Entry>> LISTS = new EnumMap<>(Scanner.class);

    static {
        for (Scanner s : Scanner.values()) {
            LISTS.put(s, ScannerLists.load(s));
        }
    }

    /**
     * What each rule family is about, in each scanner's resource types. An EC2 instance's rules may cite checks
     * on its security group and its EBS volumes, which each scanner models as resources of their own.
     */
    private static final Map<String, Map<Scanner, Set<String>>> FAMILY_RESOURCES = Map.ofEntries(
            Map.entry("vpc", Map.of(Scanner.CHECKOV, Set.of("aws_vpc", "AWS::EC2::VPC"),
                    Scanner.PROWLER, Set.of("AwsEc2Vpc"),
                    Scanner.CFN_NAG, Set.of("AWS::EC2::VPC"))),
            Map.entry("subnet", Map.of(Scanner.CHECKOV, Set.of("aws_subnet", "AWS::EC2::Subnet"),
                    Scanner.PROWLER, Set.of("AwsEc2Subnet"),
                    Scanner.CFN_NAG, Set.of("AWS::EC2::Subnet"))),
            Map.entry("ec2", Map.of(Scanner.CHECKOV, Set.of("aws_instance", "AWS::EC2::Instance", "aws_security_group",
                            "AWS::EC2::SecurityGroup", "aws_ebs_volume", "AWS::EC2::Volume"),
                    Scanner.PROWLER, Set.of("AwsEc2Instance", "AwsEc2SecurityGroup", "AwsEc2Volume"),
                    Scanner.CFN_NAG, Set.of("AWS::EC2::Instance", "AWS::EC2::SecurityGroup", "AWS::EC2::Volume"))),
            Map.entry("rds", Map.of(Scanner.CHECKOV, Set.of("aws_db_instance", "AWS::RDS::DBInstance"),
                    Scanner.PROWLER, Set.of("AwsRdsDbInstance"),
                    Scanner.CFN_NAG, Set.of("AWS::RDS::DBInstance"))),
            Map.entry("s3", Map.of(Scanner.CHECKOV, Set.of("aws_s3_bucket", "aws_s3_bucket_policy",
                            "aws_s3_bucket_public_access_block", "aws_s3_bucket_ownership_controls", "AWS::S3::Bucket",
                            "AWS::S3::BucketPolicy"),
                    Scanner.PROWLER, Set.of("AwsS3Bucket"),
                    Scanner.CFN_NAG, Set.of("AWS::S3::Bucket", "AWS::S3::BucketPolicy"))),
            Map.entry("cloudfront", Map.of(Scanner.CHECKOV, Set.of("aws_cloudfront_distribution",
                            "AWS::CloudFront::Distribution"),
                    Scanner.PROWLER, Set.of("AwsCloudFrontDistribution"),
                    Scanner.CFN_NAG, Set.of("AWS::CloudFront::Distribution"))),
            Map.entry("lambda", Map.of(Scanner.CHECKOV, Set.of("aws_lambda_function", "AWS::Lambda::Function",
                            "aws_lambda_function_url", "AWS::Lambda::Url"),
                    Scanner.PROWLER, Set.of("AwsLambdaFunction"),
                    Scanner.CFN_NAG, Set.of("AWS::Lambda::Function"))),
            Map.entry("ecs", Map.of(Scanner.CHECKOV, Set.of("aws_ecs_service", "aws_ecs_task_definition",
                            "AWS::ECS::Service", "AWS::ECS::TaskDefinition"),
                    Scanner.PROWLER, Set.of("AwsEcsService", "AwsEcsTaskDefinition"),
                    Scanner.CFN_NAG, Set.of("AWS::ECS::Service", "AWS::ECS::TaskDefinition"))),
            Map.entry("eks", Map.of(Scanner.CHECKOV, Set.of("aws_eks_cluster", "AWS::EKS::Cluster"),
                    Scanner.PROWLER, Set.of("AwsEksCluster"),
                    Scanner.CFN_NAG, Set.of("AWS::EKS::Cluster"))),
            Map.entry("apigateway", Map.of(Scanner.CHECKOV, Set.of("aws_api_gateway_method", "aws_api_gateway_stage",
                            "AWS::ApiGateway::Method", "AWS::ApiGateway::Stage"),
                    Scanner.PROWLER, Set.of("AwsApiGatewayRestApi", "AwsApiGatewayStage"),
                    Scanner.CFN_NAG, Set.of("AWS::ApiGateway::Method", "AWS::ApiGateway::Stage"))),
            Map.entry("dynamodb", Map.of(Scanner.CHECKOV, Set.of("aws_dynamodb_table", "AWS::DynamoDB::Table"),
                    Scanner.PROWLER, Set.of("AwsDynamoDbTable"),
                    Scanner.CFN_NAG, Set.of("AWS::DynamoDB::Table"))),
            // A queue's or topic's policy is a resource of its own in Terraform and CloudFormation.
            Map.entry("sqs", Map.of(Scanner.CHECKOV, Set.of("aws_sqs_queue", "aws_sqs_queue_policy", "AWS::SQS::Queue",
                            "AWS::SQS::QueuePolicy"),
                    Scanner.PROWLER, Set.of("AwsSqsQueue"),
                    Scanner.CFN_NAG, Set.of("AWS::SQS::Queue", "AWS::SQS::QueuePolicy"))),
            Map.entry("sns", Map.of(Scanner.CHECKOV, Set.of("aws_sns_topic", "aws_sns_topic_policy", "AWS::SNS::Topic",
                            "AWS::SNS::TopicPolicy"),
                    Scanner.PROWLER, Set.of("AwsSnsTopic"),
                    Scanner.CFN_NAG, Set.of("AWS::SNS::Topic", "AWS::SNS::TopicPolicy"))),
            // A load balancer's listeners are resources of their own in Terraform and CloudFormation.
            Map.entry("alb", Map.of(Scanner.CHECKOV, Set.of("aws_lb", "aws_alb", "aws_lb_listener", "aws_alb_listener",
                            "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancingV2::Listener"),
                    Scanner.PROWLER, Set.of("AwsElbv2LoadBalancer"),
                    Scanner.CFN_NAG, Set.of("AWS::ElasticLoadBalancingV2::LoadBalancer",
                            "AWS::ElasticLoadBalancingV2::Listener"))),
            Map.entry("iam", Map.of(Scanner.CHECKOV, Set.of("aws_iam_role", "AWS::IAM::Role"),
                    Scanner.PROWLER, Set.of("AwsIamRole"),
                    Scanner.CFN_NAG, Set.of("AWS::IAM::Role"))),
            Map.entry("kms", Map.of(Scanner.CHECKOV, Set.of("aws_kms_key", "AWS::KMS::Key"),
                    Scanner.PROWLER, Set.of("AwsKmsKey"),
                    Scanner.CFN_NAG, Set.of("AWS::KMS::Key"))));

    /**
     * Resource types for cited checks whose list row names a source file instead of a type, read from that
     * file (paths in the scanners' repositories): only used when the list gives no type at all.
     */
    private static final Map<String, Set<String>> FROM_RULE_FILES = Map.ofEntries(
            // checkov/terraform/checks/graph_checks/aws/VPCHasFlowLog.yaml
            Map.entry("CKV2_AWS_11", Set.of("aws_vpc")),
            // checkov/cloudformation/checks/resource/aws/SecurityGroupUnrestrictedIngress22.py, 3389.py and
            // checkov/terraform/checks/resource/aws/AbsSecurityGroupUnrestrictedIngress.py
            Map.entry("CKV_AWS_24", Set.of("aws_security_group", "AWS::EC2::SecurityGroup")),
            Map.entry("CKV_AWS_25", Set.of("aws_security_group", "AWS::EC2::SecurityGroup")),
            Map.entry("CKV_AWS_277", Set.of("aws_security_group")),
            // checkov/terraform/checks/graph_checks/aws/EC2InstanceHasIAMRoleAttached.yaml
            Map.entry("CKV2_AWS_41", Set.of("aws_instance")),
            // checkov/terraform/checks/graph_checks/aws/CLoudFrontS3OriginConfigWithOAI.yaml
            Map.entry("CKV2_AWS_46", Set.of("aws_cloudfront_distribution")),
            // checkov/terraform/checks/graph_checks/aws/AWSdisableS3ACL.yaml
            Map.entry("CKV2_AWS_65", Set.of("aws_s3_bucket_ownership_controls")),
            // checkov/terraform/checks/graph_checks/aws/S3KMSEncryptedByDefault.yaml
            Map.entry("CKV_AWS_145", Set.of("aws_s3_bucket")),
            // cfn_nag lib/cfn-nag/custom_rules/SecurityGroupIngressOpenToWorldRule.rb, EbsVolumeHasSseRule.rb
            Map.entry("W2", Set.of("AWS::EC2::SecurityGroup")),
            Map.entry("F1", Set.of("AWS::EC2::Volume")),
            // cfn_nag lib/cfn-nag/custom_rules/SnsTopicKmsMasterKeyIdRule.rb, SqsQueueKmsMasterKeyIdRule.rb
            Map.entry("W47", Set.of("AWS::SNS::Topic")),
            Map.entry("W48", Set.of("AWS::SQS::Queue")),
            // checkov/terraform/checks/graph_checks/aws/ALBRedirectsHTTPToHTTPS.yaml, ALBProtectedByWAF.yaml,
            // LBWeakCiphers.yaml
            Map.entry("CKV2_AWS_20", Set.of("aws_lb", "aws_lb_listener")),
            Map.entry("CKV2_AWS_28", Set.of("aws_lb", "aws_alb")),
            Map.entry("CKV2_AWS_74", Set.of("aws_lb_listener", "aws_alb_listener")));

    @Test
    void everyCitedCheckExistsInItsScannersList() {
        List<String> missing = new ArrayList<>();
        for (RuleSpec rule : RULES.all()) {
            for (ScannerCheck check : rule.references()) {
                if (!LISTS.get(check.scanner()).containsKey(check.id())) {
                    missing.add(rule.id() + ": " + check.label());
                }
            }
        }
        assertEquals(List.of(), missing, "cited checks that their scanner does not have");
    }

    @Test
    void everyCitedCheckAppliesToTheResourceTheRuleIsAbout() {
        List<String> wrong = new ArrayList<>();
        for (RuleSpec rule : RULES.all()) {
            String family = rule.id().substring(0, rule.id().indexOf('.'));
            for (ScannerCheck check : rule.references()) {
                ScannerLists.Entry entry = LISTS.get(check.scanner()).get(check.id());
                if (entry == null) {
                    continue;
                }
                Set<String> types = entry.resourceTypes().isEmpty()
                        ? FROM_RULE_FILES.getOrDefault(check.id(), Set.of()) : entry.resourceTypes();
                if (types.isEmpty()) {
                    fail(check.label() + " on " + rule.id() + ": its list row names no resource type; read it from "
                            + "the rule file and add it to FROM_RULE_FILES");
                }
                Set<String> allowed = FAMILY_RESOURCES.getOrDefault(family, Map.of()).getOrDefault(check.scanner(),
                        Set.of());
                if (types.stream().noneMatch(allowed::contains)) {
                    wrong.add(rule.id() + ": " + check.label() + " applies to " + types);
                }
            }
        }
        assertEquals(List.of(), wrong, "cited checks on another kind of resource");
    }

    /** Each of these once stood on a rule whose mistake it does not check (issue 11, section 2). */
    @Test
    void theChecksOnceCitedWronglyStayOut() {
        assertNotCited("rds.no-iam-auth", Scanner.CFN_NAG, "F23"); // a plaintext master password
        assertNotCited("cloudfront.http-allowed", Scanner.CFN_NAG, "W70"); // the minimum TLS version
        assertNotCited("s3.tls-not-enforced", Scanner.CFN_NAG, "W41"); // an encryption option on the bucket
        assertNotCited("s3.tls-not-enforced", Scanner.CHECKOV, "CKV_AWS_379"); // fails only with a public ACL
        for (String rule : List.of("s3.block-public-access-off", "s3.public")) {
            assertNotCited(rule, Scanner.CFN_NAG, "W31"); // a public-read ACL
            assertNotCited(rule, Scanner.CFN_NAG, "F14"); // a public-read-write ACL
        }
        // Fails only when the database is also reachable: flag on, engine port open to the world, public subnet.
        assertNotCited("rds.publicly-accessible", Scanner.PROWLER, "rds_instance_no_public_access");
    }

    @Test
    void theChecksThatWereMissingAreCited() {
        assertCited("rds.exposed-to-internet", Scanner.PROWLER, "rds_instance_no_public_access");
        assertCited("cloudfront.old-tls", Scanner.CFN_NAG, "W70");
        assertCited("s3.public", Scanner.CFN_NAG, "F16");
        assertCited("ec2.admin-port-open", Scanner.PROWLER,
                "ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389");
        assertCited("subnet.auto-assign-public-ip", Scanner.CFN_NAG, "W33");
        assertCited("cloudfront.no-logging", Scanner.CHECKOV, "CKV_AWS_86");
        assertCited("cloudfront.no-logging", Scanner.CFN_NAG, "W10");
        assertCited("cloudfront.no-logging", Scanner.PROWLER, "cloudfront_distributions_logging_enabled");
        assertCited("ec2.all-traffic-open", Scanner.CHECKOV, "CKV_AWS_277");
    }

    @Test
    void theListsAreTheOnesCopiedNotEmpty() {
        // Row counts of the shared lists (README of /work/shared/domain/scanners): a truncated copy fails here.
        assertEquals(449, LISTS.get(Scanner.CHECKOV).size());
        assertEquals(645, LISTS.get(Scanner.PROWLER).size());
        assertEquals(166, LISTS.get(Scanner.CFN_NAG).size());
        assertTrue(LISTS.get(Scanner.PROWLER).values().stream().allMatch(e -> !e.severity().isEmpty()));
    }

    private static void assertNotCited(String rule, Scanner scanner, String id) {
        assertFalse(RULES.get(rule).references().contains(new ScannerCheck(scanner, id)),
                rule + " must not cite " + scanner.displayName() + " " + id);
    }

    private static void assertCited(String rule, Scanner scanner, String id) {
        assertTrue(RULES.get(rule).references().contains(new ScannerCheck(scanner, id)),
                rule + " should cite " + scanner.displayName() + " " + id);
    }
}
