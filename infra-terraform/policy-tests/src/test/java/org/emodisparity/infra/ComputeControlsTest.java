package org.emodisparity.infra;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.emodisparity.infra.Tf.blocks;
import static org.emodisparity.infra.Tf.map;
import static org.emodisparity.infra.Tf.number;
import static org.emodisparity.infra.Tf.strings;
import static org.emodisparity.infra.Violations.assertCaught;
import static org.emodisparity.infra.Violations.assertNone;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** ECS services, task roles, environment, GPU scaling, launch template, load balancer. */
class ComputeControlsTest {

    static final Tf COMPUTE = Tf.module("compute");

    static final String UP = Tf.BUCKET_ARNS.get("uploads");
    static final String WORK = Tf.BUCKET_ARNS.get("work");
    static final String REP = Tf.BUCKET_ARNS.get("reports");
    static final List<String> CONSUME = List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes");

    /** Policy document per service (the role's own policy, besides the common KMS + models one). */
    static final Map<String, String> DOCS = Map.of("segmenter", "segmenter", "face", "modality", "speech", "modality",
            "transcribe-sentiment", "modality", "fusion-llm", "fusion_llm", "sessions-api", "sessions_api");

    /** The modality stages share one document with {@code for_each}; each instance names its own queue. */
    static final String MODALITY_DOC = "data \"aws_iam_policy_document\" \"modality\"";

    /** The module as Terraform evaluates it for one service: for a modality, {@code each.key} is the stage. */
    static Tf instance(Tf m, String service, String doc) {
        return doc.equals("modality")
                ? m.replaceAfter(MODALITY_DOC, "var.queue_arns[each.key]", "var.queue_arns[\"" + service + "\"]")
                : m;
    }

    // --- least privilege: every (action, resource[, prefix]) a role gets, compared with the contract ----------

    static Set<String> grants(Tf m, String doc) {
        Set<String> out = new TreeSet<>();
        for (Map<String, Object> s : m.statements(doc)) {
            List<String> prefixes = new ArrayList<>();
            blocks(s.get("condition")).stream().filter(c -> "s3:prefix".equals(c.get("variable")))
                    .forEach(c -> prefixes.addAll(strings(c.get("values"))));
            for (String a : strings(s.get("actions"))) {
                for (String r : strings(s.get("resources"))) {
                    out.add(a + " " + r + (prefixes.isEmpty() ? "" : " " + new TreeSet<>(prefixes)));
                }
            }
        }
        return out;
    }

    static void add(Set<String> to, List<String> actions, String... resources) {
        for (String a : actions) {
            for (String r : resources) {
                to.add(a + " " + r);
            }
        }
    }

    static String q(String stage) {
        return Tf.QUEUE_ARNS.get(stage);
    }

    /** The contract: what each function may touch (and read back what it writes, for idempotency). */
    static Map<String, Set<String>> contract() {
        Set<String> seg = new TreeSet<>();
        add(seg, List.of("s3:GetObject"), UP + "/uploads/*");
        seg.add("s3:ListBucket " + UP + " [uploads/*]");
        add(seg, List.of("s3:GetObject", "s3:PutObject"), WORK + "/work/*", WORK + "/status/*");
        seg.add("s3:ListBucket " + WORK + " [status/*, work/*]");
        add(seg, CONSUME, q("uploads"));
        add(seg, List.of("sqs:SendMessage"), q("face"), q("speech"), q("transcribe-sentiment"));

        Map<String, Set<String>> c = new java.util.HashMap<>();
        c.put("segmenter", seg);
        for (String stage : List.of("face", "speech", "transcribe-sentiment")) {
            Set<String> s = new TreeSet<>();
            add(s, List.of("s3:GetObject"), UP + "/uploads/*");
            s.add("s3:ListBucket " + UP + " [uploads/*]");
            add(s, List.of("s3:GetObject", "s3:PutObject"), WORK + "/work/*", WORK + "/status/*");
            s.add("s3:ListBucket " + WORK + " [status/*, work/*]");
            add(s, CONSUME, q(stage));
            add(s, List.of("sqs:SendMessage"), q("fusion"));
            c.put(stage, s);
        }
        Set<String> fusion = new TreeSet<>();
        add(fusion, List.of("s3:GetObject"), WORK + "/work/*");
        add(fusion, List.of("s3:GetObject", "s3:PutObject"), WORK + "/status/*", REP + "/reports/*");
        fusion.add("s3:ListBucket " + WORK + " [status/*, work/*]");
        fusion.add("s3:ListBucket " + REP + " [reports/*]");
        add(fusion, CONSUME, q("fusion"));
        add(fusion, List.of("sqs:SendMessage"), q("reports"));
        c.put("fusion-llm", fusion);

        Set<String> api = new TreeSet<>();
        add(api, List.of("s3:PutObject"), UP + "/uploads/*", REP + "/audit/*");
        add(api, List.of("s3:GetObject", "s3:PutObject"), WORK + "/status/*");
        add(api, List.of("s3:GetObject"), REP + "/reports/*");
        add(api, List.of("s3:DeleteObject", "s3:DeleteObjectVersion"), UP + "/uploads/*", WORK + "/work/*", WORK + "/status/*", REP + "/reports/*");
        for (String a : List.of("s3:ListBucket", "s3:ListBucketVersions")) {
            api.add(a + " " + UP + " [uploads/*]");
            api.add(a + " " + WORK + " [status/*, work/*]");
            api.add(a + " " + REP + " [reports/*]");
        }
        c.put("sessions-api", api);
        return c;
    }

    static List<String> leastPrivilege(Tf m) {
        List<String> v = new ArrayList<>();
        Map<String, Set<String>> contract = contract();
        DOCS.forEach((service, doc) -> {
            Set<String> actual = grants(instance(m, service, doc), doc);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(contract.get(service));
            Set<String> missing = new TreeSet<>(contract.get(service));
            missing.removeAll(actual);
            if (!extra.isEmpty()) {
                v.add(service + " may also: " + extra);
            }
            if (!missing.isEmpty()) {
                v.add(service + " lacks: " + missing);
            }
            // ... and each role is given its own document
            String policy = String.valueOf(map(m.locals().get("task_policies")).get(service));
            // hcl4j drops the index of modality["face"]: read that entry from the text
            boolean own = doc.equals("modality")
                    ? m.text.replaceAll("[ \t]+", " ").contains("\"" + service + "\" = data.aws_iam_policy_document.modality[\""
                            + service + "\"].json")
                    : policy.startsWith("data.aws_iam_policy_document." + doc + ".");
            if (!own) {
                v.add(service + " role does not use its own policy document: " + policy);
            }
        });
        Set<String> common = grants(m, "common");
        if (!common.equals(new TreeSet<>(Set.of("kms:Decrypt " + Tf.CMK, "kms:GenerateDataKey " + Tf.CMK,
                "s3:GetObject " + Tf.BUCKET_ARNS.get("models") + "/*", "s3:ListBucket " + Tf.BUCKET_ARNS.get("models"))))) {
            v.add("common policy is not exactly CMK use + read the models bucket: " + common);
        }
        return v;
    }

    @Test
    void leastPrivilegeRolePerFunction() {
        assertNone(leastPrivilege(COMPUTE));
        // segmenter reaching into reports/, face sending to the reports queue, sessions-api deleting audit records
        assertCaught(leastPrivilege(COMPUTE.replaceAfter("data \"aws_iam_policy_document\" \"segmenter\"",
                "\"${var.bucket_arns[\"work\"]}/status/*\"]", "\"${var.bucket_arns[\"work\"]}/status/*\", \"${var.bucket_arns[\"reports\"]}/reports/*\"]")));
        assertCaught(leastPrivilege(COMPUTE.replaceAfter(MODALITY_DOC,
                "resources = [var.queue_arns[\"fusion\"]]", "resources = [var.queue_arns[\"fusion\"], var.queue_arns[\"reports\"]]")));
        assertCaught(leastPrivilege(COMPUTE.replaceAfter("sid       = \"EraseSessionObjects\"",
                "\"${var.bucket_arns[\"reports\"]}/reports/*\"]", "\"${var.bucket_arns[\"reports\"]}/audit/*\"]")));
        assertCaught(leastPrivilege(COMPUTE.replace("\"speech\"               = data.aws_iam_policy_document.modality[\"speech\"].json",
                "\"speech\"               = data.aws_iam_policy_document.segmenter.json")));
        // one modality's instance given another's queue
        assertCaught(leastPrivilege(COMPUTE.replace("\"speech\"               = data.aws_iam_policy_document.modality[\"speech\"].json",
                "\"speech\"               = data.aws_iam_policy_document.modality[\"face\"].json")));
    }

    /** Wildcards: no "*" or "service:*" action, no "*" resource except for actions without resource-level permissions. */
    static final Set<String> RESOURCE_STAR_ONLY = Set.of("ecr:GetAuthorizationToken");
    static final Pattern WILDCARD_ACTION = Pattern.compile("^(\\*|[a-z0-9-]+:\\*)$");

    static List<String> wildcards(Tf m) {
        List<String> v = new ArrayList<>();
        List<String> docs = new ArrayList<>(new java.util.LinkedHashSet<>(DOCS.values()));
        docs.addAll(List.of("common", "execution"));
        for (String doc : docs) {
            for (Map<String, Object> s : m.statements(doc)) {
                List<String> actions = strings(s.get("actions"));
                actions.stream().filter(a -> WILDCARD_ACTION.matcher(a).matches()).forEach(a -> v.add(doc + ": action " + a));
                if (strings(s.get("resources")).contains("*") && !RESOURCE_STAR_ONLY.containsAll(actions)) {
                    v.add(doc + ": resource * for " + actions);
                }
            }
        }
        return v;
    }

    @Test
    void CKV_AWS_355_CKV_AWS_63_noWildcardActionsOrResources() {
        assertNone(wildcards(COMPUTE));
        assertCaught(wildcards(COMPUTE.replaceAfter("data \"aws_iam_policy_document\" \"fusion_llm\"",
                "actions   = [\"sqs:SendMessage\"]", "actions   = [\"sqs:*\"]")));
        assertCaught(wildcards(COMPUTE.replace("actions   = [\"ecr:GetAuthorizationToken\"]",
                "actions   = [\"ecr:GetAuthorizationToken\", \"s3:GetObject\"]")));
    }

    // --- environment -------------------------------------------------------------------------------------------

    static final Set<String> CONTRACT_ENV = Set.of("QUARKUS_PROFILE", "EMODISPARITY_STORE_TYPE", "EMODISPARITY_STORE_REGION",
            "EMODISPARITY_STORE_BUCKET", "EMODISPARITY_STORE_UPLOADS_BUCKET", "EMODISPARITY_STORE_REPORTS_BUCKET",
            "EMODISPARITY_STORE_KMS_KEY_ID", "EMODISPARITY_SQS_REGION", "EMODISPARITY_MODELS_DIR", "EMODISPARITY_MODELS_BUCKET");
    static final Pattern SUSPICIOUS = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE|CREDENTIAL|ACCESS_KEY|PATIENT|CLIENT_NAME|THERAPIST|DOB|BIRTH|SSN|EMAIL|PHONE|ADDRESS|DIAGNOS|MRN).*");

    static List<String> environment(Tf m) {
        List<String> v = new ArrayList<>();
        Map<String, Object> common = map(m.locals().get("common_env"));
        if (!common.keySet().containsAll(CONTRACT_ENV)) {
            v.add("contract variables missing: " + CONTRACT_ENV.stream().filter(k -> !common.containsKey(k)).toList());
        }
        if (!"/models".equals(common.get("EMODISPARITY_MODELS_DIR")) || !"distributed".equals(common.get("QUARKUS_PROFILE"))
                || !Tf.CMK.equals(common.get("EMODISPARITY_STORE_KMS_KEY_ID")) || !"sample-work".equals(common.get("EMODISPARITY_STORE_BUCKET"))) {
            v.add("contract values wrong: " + common);
        }
        List<String> names = new ArrayList<>(common.keySet());
        names.addAll(map(m.locals().get("sessions_api_env")).keySet());
        names.addAll(strings(new ArrayList<>(map(m.locals().get("queue_env_names")).values())));
        for (String n : names) {
            if (SUSPICIOUS.matcher(n).matches()) {
                v.add("PHI- or secret-looking variable " + n);
            }
        }
        for (Object value : common.values()) {
            if (String.valueOf(value).matches(".*(AKIA[0-9A-Z]{16}|-----BEGIN).*")) {
                v.add("secret-looking value");
            }
        }
        if (!map(m.locals().get("queue_env_names")).equals(Map.of("uploads", "EMODISPARITY_QUEUE_UPLOADS", "face", "EMODISPARITY_QUEUE_FACE",
                "speech", "EMODISPARITY_QUEUE_SPEECH", "transcribe-sentiment", "EMODISPARITY_QUEUE_TRANSCRIPT",
                "fusion", "EMODISPARITY_QUEUE_FUSION", "reports", "EMODISPARITY_QUEUE_REPORTS"))) {
            v.add("queue variables differ from the contract");
        }
        String defs = String.valueOf(m.resource("aws_ecs_task_definition", "this").get("container_definitions"));
        if (defs.contains("\"secrets\"")) {
            v.add("task definition injects secrets");
        }
        return v;
    }

    @Test
    void noPhiOrSecretsInEnvironment() {
        assertNone(environment(COMPUTE));
        assertCaught(environment(COMPUTE.replace("HOME = \"/tmp\"", "HOME = \"/tmp\"\n    PATIENT_NAME = \"x\"")));
        assertCaught(environment(COMPUTE.replace("HOME = \"/tmp\"", "HOME = \"/tmp\"\n    DB_PASSWORD = \"x\"")));
        assertCaught(environment(COMPUTE.replace("EMODISPARITY_STORE_KMS_KEY_ID     = var.kms_key_arn", "")));
    }

    // --- GPU node group and scale to zero ------------------------------------------------------------------------

    static List<String> scaleToZero(Tf m) {
        List<String> v = new ArrayList<>();
        Map<String, Object> services = map(m.locals().get("services"));
        for (String gpu : List.of("face", "fusion-llm")) {
            if (!Boolean.TRUE.equals(map(services.get(gpu)).get("gpu"))) {
                v.add(gpu + " is not on the GPU node group");
            }
        }
        if (number(m.resource("aws_autoscaling_group", "gpu").get("min_size")) != 0) {
            v.add("GPU Auto Scaling group does not start at 0");
        }
        Map<String, Object> ms = map(map(m.resource("aws_ecs_capacity_provider", "gpu").get("auto_scaling_group_provider")).get("managed_scaling"));
        if (!"ENABLED".equals(ms.get("status"))) {
            v.add("GPU capacity provider without managed scaling");
        }
        if (!String.valueOf(m.resource("aws_ecs_service", "gpu").get("capacity_provider_strategy")).contains("aws_ecs_capacity_provider.gpu")) {
            v.add("GPU services not on the GPU capacity provider");
        }
        if (!String.valueOf(m.resource("aws_ecs_task_definition", "this").get("container_definitions")).contains("resourceRequirements")
                || !m.text.contains("[{ type = \"GPU\", value = \"1\" }]")) {
            v.add("GPU tasks do not reserve a GPU");
        }
        Map<String, Object> target = m.resource("aws_appautoscaling_target", "queue");
        if (number(target.get("min_capacity")) != 0 || !"local.queue_services".equals(String.valueOf(target.get("for_each")))) {
            v.add("queue-driven services cannot scale to 0 tasks");
        }
        Map<String, Object> zero = map(map(m.resource("aws_appautoscaling_policy", "scale_to_zero").get("step_scaling_policy_configuration")));
        if (!"ExactCapacity".equals(zero.get("adjustment_type")) || number(map(zero.get("step_adjustment")).get("scaling_adjustment")) != 0) {
            v.add("no scale-to-zero policy");
        }
        Map<String, Object> idle = m.resource("aws_cloudwatch_metric_alarm", "queue_idle");
        String queries = String.valueOf(idle.get("metric_query"));
        if (!queries.contains("ApproximateNumberOfMessagesVisible") || !queries.contains("ApproximateNumberOfMessagesNotVisible")
                || !String.valueOf(idle.get("alarm_actions")).contains("aws_appautoscaling_policy.scale_to_zero")) {
            v.add("scale to zero not driven by the queue depth");
        }
        if (!"ApproximateNumberOfMessagesVisible".equals(m.resource("aws_cloudwatch_metric_alarm", "queue_has_messages").get("metric_name"))) {
            v.add("scale out not driven by the queue depth");
        }
        return v;
    }

    @Test
    void gpuNodeGroupScalesToZeroOnQueueDepth() {
        assertNone(scaleToZero(COMPUTE));
        assertCaught(scaleToZero(COMPUTE.replace("min_size              = 0", "min_size              = 1")));
        assertCaught(scaleToZero(COMPUTE.replace("min_capacity       = 0", "min_capacity       = 1")));
        assertCaught(scaleToZero(COMPUTE.replace("\"fusion-llm\"           = { gpu = true", "\"fusion-llm\"           = { gpu = false")));
        assertCaught(scaleToZero(COMPUTE.replace("scaling_adjustment          = 0", "scaling_adjustment          = 1")));
    }

    // --- hardening ---------------------------------------------------------------------------------------------

    static List<String> noPublicIp(Tf m) {
        List<String> v = new ArrayList<>();
        m.resources("aws_ecs_service").forEach((n, s) -> {
            if (!Boolean.FALSE.equals(map(s.get("network_configuration")).get("assign_public_ip"))) {
                v.add(n + ": tasks get public IPs");
            }
        });
        if (!Boolean.FALSE.equals(map(m.resource("aws_launch_template", "gpu").get("network_interfaces")).get("associate_public_ip_address"))) {
            v.add("GPU instances get public IPs");
        }
        if (!Boolean.TRUE.equals(m.resource("aws_lb", "sessions_api").get("internal"))) {
            v.add("load balancer is internet-facing");
        }
        return v;
    }

    @Test
    void CKV_AWS_333_CKV_AWS_88_noPublicIps() {
        assertNone(noPublicIp(COMPUTE));
        assertCaught(noPublicIp(COMPUTE.replace("assign_public_ip = false", "assign_public_ip = true")));
        assertCaught(noPublicIp(COMPUTE.replace("associate_public_ip_address = false", "associate_public_ip_address = true")));
        assertCaught(noPublicIp(COMPUTE.replace("internal                   = true", "internal                   = false")));
    }

    static List<String> imdsV2(Tf m) {
        Map<String, Object> md = map(m.resource("aws_launch_template", "gpu").get("metadata_options"));
        return "required".equals(md.get("http_tokens")) && number(md.get("http_put_response_hop_limit")) == 1
                ? List.of() : List.of("IMDSv1 allowed or reachable from containers");
    }

    @Test
    void CKV_AWS_79_imdsV2() {
        assertNone(imdsV2(COMPUTE));
        assertCaught(imdsV2(COMPUTE.replace("http_tokens                 = \"required\"", "http_tokens                 = \"optional\"")));
    }

    static List<String> ebsEncrypted(Tf m) {
        Map<String, Object> ebs = map(map(m.resource("aws_launch_template", "gpu").get("block_device_mappings")).get("ebs"));
        return Boolean.TRUE.equals(ebs.get("encrypted")) && Tf.CMK.equals(ebs.get("kms_key_id"))
                ? List.of() : List.of("GPU instance volumes not encrypted with the CMK");
    }

    @Test
    void CKV_AWS_8_ebsEncrypted() {
        assertNone(ebsEncrypted(COMPUTE));
        assertCaught(ebsEncrypted(COMPUTE.replace("encrypted             = true", "encrypted             = false")));
    }

    static List<String> containerHardening(Tf m) {
        String defs = String.valueOf(m.resource("aws_ecs_task_definition", "this").get("container_definitions")).replace(" ", "");
        List<String> v = new ArrayList<>();
        if (!defs.contains("\"readonlyRootFilesystem\":true")) {
            v.add("root filesystem writable");
        }
        if (!defs.contains("\"privileged\":false")) {
            v.add("privileged containers not ruled out");
        }
        return v;
    }

    /** Every container is checked by ECS on the app's SmallRye Health readiness (default /q/health/ready). */
    static List<String> containerHealthCheck(Tf m) {
        String defs = String.valueOf(m.resource("aws_ecs_task_definition", "this").get("container_definitions")).replace(" ", "");
        List<String> v = new ArrayList<>();
        if (!defs.contains("healthCheck") || !defs.contains("CMD-SHELL") || !defs.contains("var.health_check_path")
                && !defs.contains("/q/health/ready")) {
            v.add("containers have no health check on the readiness endpoint");
        }
        if (!"/q/health/ready".equals(m.variable("health_check_path").get("default"))) {
            v.add("health check path is not /q/health/ready by default");
        }
        return v;
    }

    @Test
    void containersAreHealthCheckedOnReadiness() {
        assertNone(containerHealthCheck(COMPUTE));
        assertCaught(containerHealthCheck(COMPUTE.replace("healthCheck = {", "noHealthCheck = {")));
        assertCaught(containerHealthCheck(COMPUTE.replaceAfter("variable \"health_check_path\"",
                "default     = \"/q/health/ready\"", "default     = \"/\"")));
    }

    @Test
    void CKV_AWS_336_readOnlyRootFilesystem() {
        assertNone(containerHardening(COMPUTE));
        assertCaught(containerHardening(COMPUTE.replace("readonlyRootFilesystem = true", "readonlyRootFilesystem = false")));
    }

    static List<String> alb(Tf m) {
        List<String> v = new ArrayList<>();
        Map<String, Object> lb = m.resource("aws_lb", "sessions_api");
        Map<String, Object> listener = m.resource("aws_lb_listener", "https");
        if (!"HTTPS".equals(listener.get("protocol")) || !String.valueOf(listener.get("ssl_policy")).startsWith("ELBSecurityPolicy-TLS13-1-2")
                || listener.get("certificate_arn") == null) {
            v.add("listener is not HTTPS with TLS 1.2+ (CKV_AWS_103)");
        }
        if (m.resources("aws_lb_listener").size() != 1) {
            v.add("a second (plain HTTP?) listener");
        }
        if (!Boolean.TRUE.equals(lb.get("drop_invalid_header_fields"))) {
            v.add("invalid headers not dropped (CKV_AWS_131)");
        }
        if (!Boolean.TRUE.equals(map(lb.get("access_logs")).get("enabled"))) {
            v.add("no access logs (CKV_AWS_91)");
        }
        return v;
    }

    @Test
    void CKV_AWS_103_CKV_AWS_131_CKV_AWS_91_internalHttpsLoadBalancer() {
        assertNone(alb(COMPUTE));
        assertCaught(alb(COMPUTE.replace("ssl_policy        = \"ELBSecurityPolicy-TLS13-1-2-2021-06\"", "ssl_policy        = \"ELBSecurityPolicy-2016-08\"")));
        assertCaught(alb(COMPUTE.replace("drop_invalid_header_fields = true", "drop_invalid_header_fields = false")));
        assertCaught(alb(COMPUTE.withoutBlock("access_logs {")));
    }

    static List<String> ecr(Tf m) {
        Map<String, Object> r = m.resource("aws_ecr_repository", "this");
        List<String> v = new ArrayList<>();
        if (!"IMMUTABLE".equals(r.get("image_tag_mutability"))) {
            v.add("mutable image tags (CKV_AWS_51)");
        }
        Map<String, Object> enc = map(r.get("encryption_configuration"));
        if (!"KMS".equals(enc.get("encryption_type")) || !Tf.CMK.equals(enc.get("kms_key"))) {
            v.add("images not encrypted with the CMK (CKV_AWS_136)");
        }
        if (!Boolean.TRUE.equals(map(r.get("image_scanning_configuration")).get("scan_on_push"))) {
            v.add("no scan on push (CKV_AWS_163)");
        }
        return v;
    }

    @Test
    void CKV_AWS_51_CKV_AWS_136_CKV_AWS_163_ecrRepositories() {
        assertNone(ecr(COMPUTE));
        assertCaught(ecr(COMPUTE.replace("\"IMMUTABLE\"", "\"MUTABLE\"")));
        assertCaught(ecr(COMPUTE.replace("encryption_type = \"KMS\"", "encryption_type = \"AES256\"")));
        assertCaught(ecr(COMPUTE.replace("scan_on_push = true", "scan_on_push = false")));
    }

    @Test
    void everyServiceOfTheContractIsDeployed() {
        assertEquals(Set.of("segmenter", "face", "speech", "transcribe-sentiment", "fusion-llm", "sessions-api"),
                map(COMPUTE.locals().get("services")).keySet());
        assertEquals(DOCS.keySet(), map(COMPUTE.locals().get("task_policies")).keySet());
    }
}
