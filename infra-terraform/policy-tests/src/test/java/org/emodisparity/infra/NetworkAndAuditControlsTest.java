package org.emodisparity.infra;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.emodisparity.infra.Tf.map;
import static org.emodisparity.infra.Tf.number;
import static org.emodisparity.infra.Tf.strings;
import static org.emodisparity.infra.Violations.assertCaught;
import static org.emodisparity.infra.Violations.assertNone;

/** VPC, endpoints, flow logs; CloudTrail, log groups and alarms. */
class NetworkAndAuditControlsTest {

    static final Tf NETWORK = Tf.module("network");
    static final Tf AUDIT = Tf.module("audit");
    static final Tf COMPUTE = Tf.module("compute");
    static final List<String> ALL = List.of("kms", "storage", "messaging", "network", "compute", "audit");

    static List<String> noInternetPath(Tf m) {
        List<String> v = new ArrayList<>();
        for (String type : List.of("aws_internet_gateway", "aws_egress_only_internet_gateway", "aws_nat_gateway", "aws_eip")) {
            if (!m.resources(type).isEmpty()) {
                v.add(m.name + ": has " + type);
            }
        }
        if (m.text.matches("(?s).*(cidr_ipv4|cidr_ipv6|cidr_block|cidr_blocks|destination_cidr_block)\\s*=\\s*\\[?\"(0\\.0\\.0\\.0/0|::/0)\".*")) {
            v.add(m.name + ": a route or rule to the whole internet");
        }
        m.resources("aws_subnet").forEach((n, s) -> {
            if (!Boolean.FALSE.equals(s.get("map_public_ip_on_launch"))) {
                v.add(n + ": subnet maps public IPs");
            }
        });
        return v;
    }

    @Test
    void CKV_AWS_130_privateSubnetsNoInternetEgress() {
        for (String mod : ALL) {
            assertNone(noInternetPath(Tf.module(mod)));
        }
        assertCaught(noInternetPath(NETWORK.replace("map_public_ip_on_launch = false", "map_public_ip_on_launch = true")));
        assertCaught(noInternetPath(NETWORK.replace("# Flow logs", "# Flow logs\nresource \"aws_internet_gateway\" \"x\" {\n  vpc_id = aws_vpc.this.id\n}\n")));
        assertCaught(noInternetPath(COMPUTE.replace("cidr_ipv4         = var.vpc_cidr_block", "cidr_ipv4         = \"0.0.0.0/0\"")));
    }

    static List<String> endpoints(Tf m) {
        List<String> v = new ArrayList<>();
        Map<String, Object> s3 = m.resource("aws_vpc_endpoint", "s3");
        if (!"Gateway".equals(s3.get("vpc_endpoint_type")) || !String.valueOf(s3.get("service_name")).endsWith(".s3")) {
            v.add("no S3 gateway endpoint");
        }
        List<String> iface = strings(m.locals().get("interface_endpoints"));
        for (String needed : List.of("sqs", "ecr.api", "ecr.dkr", "logs", "kms", "sts")) {
            if (!iface.contains(needed)) {
                v.add("no " + needed + " interface endpoint");
            }
        }
        Map<String, Object> e = m.resource("aws_vpc_endpoint", "interface");
        if (!"Interface".equals(e.get("vpc_endpoint_type")) || !Boolean.TRUE.equals(e.get("private_dns_enabled"))) {
            v.add("interface endpoints without private DNS");
        }
        return v;
    }

    @Test
    void vpcEndpointsPresent() {
        assertNone(endpoints(NETWORK));
        assertCaught(endpoints(NETWORK.replace("\"kms\", ", "")));
        assertCaught(endpoints(NETWORK.withoutBlock("resource \"aws_vpc_endpoint\" \"s3\"")));
    }

    static List<String> flowLogs(Tf m) {
        Map<String, Object> f = m.resource("aws_flow_log", "this");
        return "ALL".equals(f.get("traffic_type")) && "aws_vpc.this.id".equals(String.valueOf(f.get("vpc_id")))
                ? List.of() : List.of("no flow log of all VPC traffic");
    }

    @Test
    void CKV2_AWS_11_vpcFlowLogs() {
        assertNone(flowLogs(NETWORK));
        assertCaught(flowLogs(NETWORK.withoutBlock("resource \"aws_flow_log\" \"this\"")));
    }

    static List<String> defaultSgClosed(Tf m) {
        Map<String, Object> sg = m.resource("aws_default_security_group", "this");
        return !sg.isEmpty() && !sg.containsKey("ingress") && !sg.containsKey("egress")
                ? List.of() : List.of("default security group not emptied");
    }

    @Test
    void CKV2_AWS_12_defaultSecurityGroupRestricted() {
        assertNone(defaultSgClosed(NETWORK));
        assertCaught(defaultSgClosed(NETWORK.replace("resource \"aws_default_security_group\" \"this\" {",
                "resource \"aws_default_security_group\" \"this\" {\n  ingress {\n    protocol = -1\n    self = true\n    from_port = 0\n    to_port = 0\n  }")));
    }

    // --- audit -----------------------------------------------------------------------------------------------

    static Map<String, Object> trail(Tf m) {
        return m.resource("aws_cloudtrail", "this");
    }

    static List<String> multiRegion(Tf m) {
        return Boolean.TRUE.equals(trail(m).get("is_multi_region_trail"))
                && Boolean.TRUE.equals(trail(m).get("include_global_service_events")) ? List.of() : List.of("trail is not multi-region");
    }

    static List<String> validation(Tf m) {
        return Boolean.TRUE.equals(trail(m).get("enable_log_file_validation")) ? List.of() : List.of("no log-file validation");
    }

    static List<String> trailKms(Tf m) {
        return Tf.CMK.equals(trail(m).get("kms_key_id")) ? List.of() : List.of("trail not encrypted with the CMK");
    }

    static List<String> s3DataEvents(Tf m) {
        Map<String, Object> sel = map(trail(m).get("event_selector"));
        Map<String, Object> data = map(sel.get("data_resource"));
        return "AWS::S3::Object".equals(data.get("type")) && "All".equals(sel.get("read_write_type"))
                && m.text.contains("values = [for arn in var.data_event_bucket_arns : \"${arn}/\"]")
                ? List.of() : List.of("no S3 object-level data events on the PHI buckets");
    }

    @Test
    void CKV_AWS_67_multiRegion() {
        assertNone(multiRegion(AUDIT));
        assertCaught(multiRegion(AUDIT.replace("is_multi_region_trail         = true", "is_multi_region_trail         = false")));
    }

    @Test
    void CKV_AWS_36_logFileValidation() {
        assertNone(validation(AUDIT));
        assertCaught(validation(AUDIT.replace("enable_log_file_validation    = true", "")));
    }

    @Test
    void CKV_AWS_35_cloudTrailKms() {
        assertNone(trailKms(AUDIT));
        assertCaught(trailKms(AUDIT.replace("kms_key_id                    = var.kms_key_arn", "")));
    }

    @Test
    void cloudTrailS3DataEvents() {
        assertNone(s3DataEvents(AUDIT));
        assertCaught(s3DataEvents(AUDIT.withoutBlock("data_resource {")));
    }

    static List<String> logGroupsKms(Tf m) {
        List<String> v = new ArrayList<>();
        m.resources("aws_cloudwatch_log_group").forEach((n, g) -> {
            if (!Tf.CMK.equals(g.get("kms_key_id"))) {
                v.add(m.name + "." + n + ": log group not encrypted with the CMK");
            }
        });
        return v;
    }

    static List<String> logRetention(Tf m) {
        List<String> v = new ArrayList<>();
        m.resources("aws_cloudwatch_log_group").forEach((n, g) -> {
            if (!(number(g.get("retention_in_days")) >= 365)) {
                v.add(m.name + "." + n + ": retention " + g.get("retention_in_days") + " < 365 days");
            }
        });
        return v;
    }

    static int logGroupCount() {
        return ALL.stream().mapToInt(m -> Tf.module(m).resources("aws_cloudwatch_log_group").size()).sum();
    }

    @Test
    void CKV_AWS_158_logGroupKms() {
        org.junit.jupiter.api.Assertions.assertTrue(logGroupCount() >= 2, "log groups expected in network and compute");
        for (String mod : ALL) {
            assertNone(logGroupsKms(Tf.module(mod)));
        }
        assertCaught(logGroupsKms(NETWORK.replace("kms_key_id        = var.kms_key_arn", "")));
        assertCaught(logGroupsKms(COMPUTE.replace("kms_key_id        = var.kms_key_arn", "")));
    }

    @Test
    void CKV_AWS_338_logRetention365() {
        for (String mod : ALL) {
            assertNone(logRetention(Tf.module(mod)));
        }
        assertCaught(logRetention(NETWORK.replaceAfter("variable \"log_retention_days\"", "default     = 365", "default     = 30")));
        assertCaught(logRetention(COMPUTE.replace("retention_in_days = var.log_retention_days", "retention_in_days = 14")));
    }

    static List<String> alarms(Tf m) {
        List<String> v = new ArrayList<>();
        Map<String, Object> dlq = m.resource("aws_cloudwatch_metric_alarm", "dlq_depth");
        if (!"ApproximateNumberOfMessagesVisible".equals(dlq.get("metric_name")) || !m.text.matches("(?s).*\"dlq_depth\" \\{\\s*for_each = var.dlq_names.*")
                || strings(dlq.get("alarm_actions")).isEmpty() || number(dlq.get("threshold")) != 0) {
            v.add("no alarm per DLQ on its depth");
        }
        Map<String, Object> failed = m.resource("aws_cloudwatch_metric_alarm", "stage_failed");
        if (m.resource("aws_cloudwatch_log_metric_filter", "stage_failed").isEmpty() || strings(failed.get("alarm_actions")).isEmpty()) {
            v.add("no alarm on stage failures");
        }
        if (!Tf.CMK.equals(m.resource("aws_sns_topic", "alarms").get("kms_master_key_id"))) {
            v.add("alarm topic not KMS-encrypted (CKV_AWS_26)");
        }
        return v;
    }

    @Test
    void alarmsOnDlqDepthAndFailures() {
        assertNone(alarms(AUDIT));
        assertCaught(alarms(AUDIT.replaceAfter("resource \"aws_cloudwatch_metric_alarm\" \"dlq_depth\"",
                "alarm_actions       = [aws_sns_topic.alarms.arn]", "")));
        assertCaught(alarms(AUDIT.withoutBlock("resource \"aws_cloudwatch_log_metric_filter\" \"stage_failed\"")));
        assertCaught(alarms(AUDIT.replaceAfter("resource \"aws_sns_topic\" \"alarms\"", "kms_master_key_id = var.kms_key_arn", "")));
    }

    static List<String> queueLag(Tf m) {
        List<String> v = new ArrayList<>();
        Map<String, Object> lag = m.resource("aws_cloudwatch_metric_alarm", "queue_lag");
        if (!"AWS/SQS".equals(lag.get("namespace")) || !"ApproximateAgeOfOldestMessage".equals(lag.get("metric_name"))
                || !m.text.matches("(?s).*\"queue_lag\" \\{\\s*for_each = var.queue_names.*")) {
            v.add("no alarm per queue on the age of its oldest message");
        }
        if (strings(lag.get("alarm_actions")).isEmpty()) {
            v.add("queue-lag alarm notifies no one");
        }
        if (!m.text.matches("(?s).*\"queue_lag\" \\{.*threshold\\s*=\\s*lookup\\(var.queue_lag_alarm_seconds, each.key, var.default_queue_lag_alarm_seconds\\).*")) {
            v.add("queue-lag threshold is not the per-stage setting");
        }
        return v;
    }

    @Test
    void alarmOnQueueLagPerQueue() {
        assertNone(queueLag(AUDIT));
        assertCaught(queueLag(AUDIT.replaceAfter("resource \"aws_cloudwatch_metric_alarm\" \"queue_lag\"",
                "ApproximateAgeOfOldestMessage", "ApproximateNumberOfMessagesVisible")));
        assertCaught(queueLag(AUDIT.replaceAfter("resource \"aws_cloudwatch_metric_alarm\" \"queue_lag\"",
                "alarm_actions       = [aws_sns_topic.alarms.arn]", "")));
    }
}
