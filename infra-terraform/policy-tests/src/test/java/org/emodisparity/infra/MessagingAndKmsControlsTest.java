package org.emodisparity.infra;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.emodisparity.infra.StorageControlsTest.deniesInsecureTransport;
import static org.emodisparity.infra.Tf.blocks;
import static org.emodisparity.infra.Tf.map;
import static org.emodisparity.infra.Tf.number;
import static org.emodisparity.infra.Tf.strings;
import static org.emodisparity.infra.Violations.assertCaught;
import static org.emodisparity.infra.Violations.assertNone;

/** The customer-managed key and the SQS queues. */
class MessagingAndKmsControlsTest {

    static final Tf KMS = Tf.module("kms");
    static final Tf MESSAGING = Tf.module("messaging");
    static final Set<String> STAGES = Set.of("uploads", "face", "speech", "transcribe-sentiment", "fusion", "reports");

    static List<String> rotation(Tf m) {
        return Boolean.TRUE.equals(m.resource("aws_kms_key", "this").get("enable_key_rotation"))
                ? List.of() : List.of("key rotation is off");
    }

    @Test
    void CKV_AWS_7_kmsRotation() {
        assertNone(rotation(KMS));
        assertCaught(rotation(KMS.replace("enable_key_rotation     = true", "enable_key_rotation     = false")));
    }

    /** Allow statements never name a wildcard principal: the key is this account's and its services' only. */
    static List<String> noWildcardPrincipal(Tf m) {
        List<String> v = new ArrayList<>();
        for (Map<String, Object> s : m.statements("key")) {
            if ("Allow".equals(s.get("effect")) && strings(map(s.get("principals")).get("identifiers")).contains("*")) {
                v.add(s.get("sid") + ": wildcard principal");
            }
        }
        return v;
    }

    @Test
    void CKV_AWS_33_kmsPolicyNoWildcardPrincipal() {
        assertNone(noWildcardPrincipal(KMS));
        assertCaught(noWildcardPrincipal(KMS.replace("identifiers = [\"arn:${local.partition}:iam::${local.account_id}:root\"]",
                "identifiers = [\"*\"]")));
    }

    static List<String> queuesEncrypted(Tf m) {
        List<String> v = new ArrayList<>();
        m.resources("aws_sqs_queue").forEach((name, q) -> {
            if (!Tf.CMK.equals(q.get("kms_master_key_id"))) {
                v.add(name + ": not SSE-KMS with the customer-managed key");
            }
        });
        return v.isEmpty() && m.resources("aws_sqs_queue").size() < 2 ? List.of("queues missing") : v;
    }

    @Test
    void CKV_AWS_27_sqsEncrypted() {
        assertNone(queuesEncrypted(MESSAGING));
        assertCaught(queuesEncrypted(MESSAGING.replaceAfter("resource \"aws_sqs_queue\" \"dlq\"",
                "kms_master_key_id                 = var.kms_key_arn", "sqs_managed_sse_enabled = true")));
    }

    static List<String> deadLetterQueues(Tf m) {
        List<String> v = new ArrayList<>();
        Map<String, Object> main = m.resource("aws_sqs_queue", "this");
        Map<String, Object> dlq = m.resource("aws_sqs_queue", "dlq");
        if (!Set.copyOf(strings(m.locals().get("queue_names"))).equals(STAGES)) {
            v.add("queues are not one per stage: " + m.locals().get("queue_names"));
        }
        // hcl4j does not evaluate toset(): the for_each of both resources is read from the text.
        if (!m.text.matches("(?s).*resource \"aws_sqs_queue\" \"this\" \\{\\s*for_each = toset\\(local.queue_names\\).*")
                || !m.text.matches("(?s).*resource \"aws_sqs_queue\" \"dlq\" \\{\\s*for_each = toset\\(local.queue_names\\).*")) {
            v.add("queues and DLQs are not made for the same stages");
        }
        String redrive = String.valueOf(main.get("redrive_policy"));
        if (!redrive.contains("deadLetterTargetArn") || !redrive.contains("aws_sqs_queue.dlq")
                || !redrive.contains("maxReceiveCount")) {
            v.add("a queue has no redrive policy to its own DLQ");
        }
        if (number(m.variable("max_receive_count").get("default")) != 5) {
            v.add("maxReceiveCount default is not 5");
        }
        if (!String.valueOf(dlq.get("name")).endsWith("-dlq")) {
            v.add("DLQ names do not end in -dlq");
        }
        return v;
    }

    @Test
    void deadLetterQueuePerQueue() {
        assertNone(deadLetterQueues(MESSAGING));
        assertCaught(deadLetterQueues(MESSAGING.replace("redrive_policy = jsonencode", "redrive_allow_policy = jsonencode")));
        assertCaught(deadLetterQueues(MESSAGING.replace("\"transcribe-sentiment\", \"fusion\"", "\"fusion\"")));
        assertCaught(deadLetterQueues(MESSAGING.replaceAfter("resource \"aws_sqs_queue\" \"dlq\"",
                "for_each = toset(local.queue_names)", "for_each = toset([\"uploads\"])")));
    }

    static List<String> queuesTlsOnly(Tf m) {
        List<String> v = new ArrayList<>();
        for (String policy : m.resources("aws_sqs_queue_policy").keySet()) {
            String doc = String.valueOf(m.resource("aws_sqs_queue_policy", policy).get("policy"))
                    .replace("data.aws_iam_policy_document.", "").split("\\.")[0];
            if (m.statements(doc).stream().noneMatch(s -> deniesInsecureTransport(s, "sqs"))) {
                v.add(policy + ": queue policy does not deny non-TLS requests");
            }
        }
        return m.resources("aws_sqs_queue_policy").size() < 2 ? List.of("queue policies missing") : v;
    }

    @Test
    void sqsQueuePoliciesDenyNonTls() {
        assertNone(queuesTlsOnly(MESSAGING));
        assertCaught(queuesTlsOnly(MESSAGING.replace(
                "  source_policy_documents = [module.tls_only_dlq[each.key].json]\n", "")));
        assertCaught(queuesTlsOnly(MESSAGING.calling(StorageControlsTest.TLS_ONLY.replace(
                "\"aws:SecureTransport\"", "\"aws:SourceVpce\""))));
    }

    static List<String> uploadsQueueFromUploadsBucketOnly(Tf m) {
        for (Map<String, Object> s : m.statements("queue")) {
            if ("Allow".equals(s.get("effect")) && strings(map(s.get("principals")).get("identifiers")).contains("s3.amazonaws.com")) {
                List<Map<String, Object>> c = blocks(s.get("condition"));
                boolean arn = c.stream().anyMatch(x -> "aws:SourceArn".equals(x.get("variable"))
                        && strings(x.get("values")).equals(List.of(Tf.BUCKET_ARNS.get("uploads"))));
                boolean account = c.stream().anyMatch(x -> "aws:SourceAccount".equals(x.get("variable")));
                return arn && account ? List.of() : List.of("S3 may send to the uploads queue from any bucket");
            }
        }
        return List.of("S3 cannot send to the uploads queue");
    }

    @Test
    void uploadsQueueAcceptsOnlyTheUploadsBucket() {
        assertNone(uploadsQueueFromUploadsBucketOnly(MESSAGING));
        assertCaught(uploadsQueueFromUploadsBucketOnly(MESSAGING.replace("variable = \"aws:SourceArn\"",
                "variable = \"aws:SourceIp\"")));
    }

    static List<String> polling(Tf m) {
        Map<String, Object> q = m.resource("aws_sqs_queue", "this");
        List<String> v = new ArrayList<>();
        if (number(q.get("receive_wait_time_seconds")) != 20) {
            v.add("no 20 s long polling");
        }
        map(m.variable("visibility_timeout_seconds").get("default")).forEach((k, t) -> {
            if (number(t) < 300 || number(t) > 900) {
                v.add(k + ": visibility timeout outside 5-15 minutes");
            }
        });
        return v;
    }

    @Test
    void longPollingAndStageVisibilityTimeouts() {
        assertNone(polling(MESSAGING));
        assertCaught(polling(MESSAGING.replace("receive_wait_time_seconds         = 20", "receive_wait_time_seconds = 0")));
        assertCaught(polling(MESSAGING.replace("face                 = 900", "face                 = 30")));
    }
}
