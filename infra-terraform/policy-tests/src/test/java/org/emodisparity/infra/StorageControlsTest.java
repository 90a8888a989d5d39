package org.emodisparity.infra;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.emodisparity.infra.Tf.blocks;
import static org.emodisparity.infra.Tf.map;
import static org.emodisparity.infra.Tf.number;
import static org.emodisparity.infra.Tf.refersTo;
import static org.emodisparity.infra.Tf.strings;
import static org.emodisparity.infra.Violations.assertCaught;
import static org.emodisparity.infra.Violations.assertNone;

/** S3 controls over every bucket: the data buckets and access-log bucket (storage), the trail bucket (audit). */
class StorageControlsTest {

    static final Tf STORAGE = Tf.module("storage");
    static final Tf AUDIT = Tf.module("audit");
    /** The one TLS-only statement the storage, audit and messaging modules take. */
    static final Tf TLS_ONLY = Tf.module("tls-only");

    /** The only bucket allowed SSE-S3: log delivery cannot write to an SSE-KMS bucket. */
    static final String ACCESS_LOG_BUCKET = "access_logs";

    // --- helpers ---------------------------------------------------------------------------------------------

    /** The resources of a type that configure bucket resource {@code bucket} (for_each over it, or bucket = it). */
    static List<Map<String, Object>> companions(Tf m, String type, String bucket) {
        String address = "aws_s3_bucket." + bucket;
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : m.resources(type).values()) {
            if (refersTo(r.get("for_each"), address) || refersTo(r.get("bucket"), address)) {
                out.add(r);
            }
        }
        return out;
    }

    interface BucketCheck {
        List<String> check(Tf m, String bucket);
    }

    static List<String> everyBucket(Tf m, BucketCheck check) {
        List<String> v = new ArrayList<>();
        for (String bucket : m.resources("aws_s3_bucket").keySet()) {
            v.addAll(check.check(m, bucket));
        }
        return v;
    }

    static List<String> both(BucketCheck check) {
        List<String> v = new ArrayList<>(everyBucket(STORAGE, check));
        v.addAll(everyBucket(AUDIT, check));
        return v;
    }

    // --- checks ----------------------------------------------------------------------------------------------

    static List<String> encryptedWithCmk(Tf m, String bucket) {
        List<Map<String, Object>> sse = companions(m, "aws_s3_bucket_server_side_encryption_configuration", bucket);
        if (sse.isEmpty()) {
            return List.of(bucket + ": no default encryption");
        }
        List<String> v = new ArrayList<>();
        for (Map<String, Object> c : sse) {
            Map<String, Object> byDefault = map(map(c.get("rule")).get("apply_server_side_encryption_by_default"));
            if (bucket.equals(ACCESS_LOG_BUCKET)) {
                if (!"AES256".equals(byDefault.get("sse_algorithm")) && !"aws:kms".equals(byDefault.get("sse_algorithm"))) {
                    v.add(bucket + ": not encrypted");
                }
            } else if (!"aws:kms".equals(byDefault.get("sse_algorithm")) || !Tf.CMK.equals(byDefault.get("kms_master_key_id"))) {
                v.add(bucket + ": not SSE-KMS with the customer-managed key");
            }
        }
        return v;
    }

    static List<String> accessLogged(Tf m, String bucket) {
        if (bucket.equals(ACCESS_LOG_BUCKET)) {
            return List.of(); // the log bucket itself (logging into itself would loop)
        }
        List<Map<String, Object>> logging = companions(m, "aws_s3_bucket_logging", bucket);
        return logging.isEmpty() || !logging.get(0).containsKey("target_bucket")
                ? List.of(bucket + ": no server access logging") : List.of();
    }

    static List<String> versioned(Tf m, String bucket) {
        for (Map<String, Object> r : companions(m, "aws_s3_bucket_versioning", bucket)) {
            if ("Enabled".equals(map(r.get("versioning_configuration")).get("status"))) {
                return List.of();
            }
        }
        return List.of(bucket + ": versioning not enabled");
    }

    static List<String> publicAccessBlocked(Tf m, String bucket) {
        for (Map<String, Object> r : companions(m, "aws_s3_bucket_public_access_block", bucket)) {
            if (List.of("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets")
                    .stream().allMatch(k -> Boolean.TRUE.equals(r.get(k)))) {
                return List.of();
            }
        }
        return List.of(bucket + ": public access not fully blocked");
    }

    static List<String> ownershipEnforced(Tf m, String bucket) {
        for (Map<String, Object> r : companions(m, "aws_s3_bucket_ownership_controls", bucket)) {
            if ("BucketOwnerEnforced".equals(map(r.get("rule")).get("object_ownership"))) {
                return List.of();
            }
        }
        return List.of(bucket + ": ACLs not disabled (BucketOwnerEnforced)");
    }

    /** The statements of the policy document a bucket's aws_s3_bucket_policy uses. */
    static List<Map<String, Object>> bucketPolicyStatements(Tf m, String bucket) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> p : companions(m, "aws_s3_bucket_policy", bucket)) {
            String ref = String.valueOf(p.get("policy")); // data.aws_iam_policy_document.<name>...json
            String doc = ref.replace("data.aws_iam_policy_document.", "").split("\\.")[0];
            out.addAll(m.statements(doc));
        }
        return out;
    }

    static boolean deniesInsecureTransport(Map<String, Object> s, String service) {
        return "Deny".equals(s.get("effect")) && strings(s.get("actions")).contains(service + ":*")
                && strings(map(s.get("principals")).get("identifiers")).contains("*")
                && blocks(s.get("condition")).stream().anyMatch(c -> "Bool".equals(c.get("test"))
                && "aws:SecureTransport".equals(c.get("variable")) && strings(c.get("values")).equals(List.of("false")));
    }

    static List<String> tlsOnly(Tf m, String bucket) {
        return bucketPolicyStatements(m, bucket).stream().anyMatch(s -> deniesInsecureTransport(s, "s3"))
                ? List.of() : List.of(bucket + ": bucket policy does not deny non-TLS requests");
    }

    static List<String> deniesUnencryptedUploads(Tf m, String bucket) {
        boolean ok = bucketPolicyStatements(m, bucket).stream().anyMatch(s -> "Deny".equals(s.get("effect"))
                && strings(s.get("actions")).contains("s3:PutObject")
                && blocks(s.get("condition")).stream().anyMatch(c -> "StringNotEquals".equals(c.get("test"))
                && "s3:x-amz-server-side-encryption".equals(c.get("variable"))
                && strings(c.get("values")).equals(List.of("aws:kms"))));
        return ok ? List.of() : List.of(bucket + ": uploads without SSE-KMS are not denied");
    }

    /** A lifecycle rule for a prefix of a bucket's lifecycle resource. */
    static Map<String, Object> lifecycleRule(Tf m, String lifecycle, String prefix) {
        for (Map<String, Object> rule : blocks(m.resource("aws_s3_bucket_lifecycle_configuration", lifecycle).get("rule"))) {
            if (prefix.equals(map(rule.get("filter")).get("prefix")) && "Enabled".equals(rule.get("status"))) {
                return rule;
            }
        }
        return Map.of();
    }

    static double defaultOf(Tf m, String variable) {
        return number(m.variable(variable).get("default"));
    }

    static List<String> phiExpires(Tf m) {
        List<String> v = new ArrayList<>();
        double phi = defaultOf(m, "phi_retention_days");
        String[][] areas = {{"uploads", "uploads/"}, {"work", "work/"}, {"work", "status/"}};
        for (String[] a : areas) {
            Map<String, Object> rule = lifecycleRule(m, a[0], a[1]);
            double days = number(map(rule.get("expiration")).get("days"));
            double noncurrent = number(map(rule.get("noncurrent_version_expiration")).get("noncurrent_days"));
            if (!(days == phi && phi <= 365)) {
                v.add(a[1] + " is not deleted after the PHI retention (" + days + ")");
            }
            if (!(noncurrent >= 1 && noncurrent <= 90)) {
                v.add(a[1] + ": noncurrent versions of PHI are not deleted");
            }
        }
        return v;
    }

    static List<String> auditKeptSixYears(Tf m) {
        List<String> v = new ArrayList<>();
        double audit = number(map(lifecycleRule(m, "reports", "audit/").get("expiration")).get("days"));
        if (!(audit >= 2190)) {
            v.add("audit/ expires after " + audit + " days (< 2190)");
        }
        double reports = number(map(lifecycleRule(m, "reports", "reports/").get("expiration")).get("days"));
        if (!(reports == defaultOf(m, "report_retention_days"))) {
            v.add("reports/ does not follow report_retention_days");
        }
        return v;
    }

    // --- tests -----------------------------------------------------------------------------------------------

    @Test
    void CKV_AWS_145_bucketsEncryptedWithCmk() {
        assertNone(both(StorageControlsTest::encryptedWithCmk));
        assertCaught(everyBucket(STORAGE.replace("sse_algorithm     = \"aws:kms\"", "sse_algorithm     = \"AES256\""),
                StorageControlsTest::encryptedWithCmk));
        assertCaught(everyBucket(AUDIT.replace("kms_master_key_id = var.kms_key_arn", ""),
                StorageControlsTest::encryptedWithCmk));
    }

    @Test
    void CKV_AWS_18_accessLogging() {
        assertNone(both(StorageControlsTest::accessLogged));
        assertCaught(everyBucket(STORAGE.withoutBlock("resource \"aws_s3_bucket_logging\" \"this\""),
                StorageControlsTest::accessLogged));
        assertCaught(everyBucket(AUDIT.withoutBlock("resource \"aws_s3_bucket_logging\" \"trail\""),
                StorageControlsTest::accessLogged));
    }

    @Test
    void CKV_AWS_21_versioning() {
        assertNone(both(StorageControlsTest::versioned));
        assertCaught(everyBucket(STORAGE.withoutBlock("resource \"aws_s3_bucket_versioning\" \"this\""),
                StorageControlsTest::versioned));
        assertCaught(everyBucket(AUDIT.replaceAfter("resource \"aws_s3_bucket_versioning\" \"trail\"",
                "\"Enabled\"", "\"Suspended\""), StorageControlsTest::versioned));
    }

    @Test
    void CKV2_AWS_6_publicAccessBlock() {
        assertNone(both(StorageControlsTest::publicAccessBlocked));
        assertCaught(everyBucket(STORAGE.replace("restrict_public_buckets = true", "restrict_public_buckets = false"),
                StorageControlsTest::publicAccessBlocked));
    }

    @Test
    void CKV2_AWS_65_objectOwnershipEnforced() {
        assertNone(both(StorageControlsTest::ownershipEnforced));
        assertCaught(everyBucket(STORAGE.replace("\"BucketOwnerEnforced\"", "\"ObjectWriter\""),
                StorageControlsTest::ownershipEnforced));
    }

    @Test
    void bucketPoliciesDenyNonTls() {
        assertNone(both(StorageControlsTest::tlsOnly));
        // the statement is the shared tls-only module's (source_policy_documents): a document without it, the
        // shared statement weakened, or a call that narrows its actions is caught
        assertCaught(everyBucket(STORAGE.replace(
                "  source_policy_documents = [module.tls_only_data_bucket[each.key].json]\n", ""),
                StorageControlsTest::tlsOnly));
        assertCaught(everyBucket(STORAGE.replace(
                "  source_policy_documents = [module.tls_only_access_logs.json]\n", ""), StorageControlsTest::tlsOnly));
        assertCaught(everyBucket(AUDIT.calling(TLS_ONLY.replace("values   = [\"false\"]", "values   = [\"true\"]")),
                StorageControlsTest::tlsOnly));
        assertCaught(everyBucket(AUDIT.replaceAfter("module \"tls_only_trail\"", "actions   = [\"s3:*\"]",
                "actions   = [\"s3:GetObject\"]"), StorageControlsTest::tlsOnly));
    }

    @Test
    void dataBucketsDenyUnencryptedUploads() {
        // The data buckets (not the log buckets: AWS log delivery does not send the header).
        assertNone(StorageControlsTest.deniesUnencryptedUploads(STORAGE, "this"));
        assertCaught(deniesUnencryptedUploads(STORAGE.withoutStatement("DenyUnencryptedUploads"), "this"));
    }

    @Test
    void CKV2_AWS_61_lifecycleDeletesPhi() {
        assertNone(phiExpires(STORAGE));
        assertCaught(phiExpires(STORAGE.replaceAfter("id     = \"expire-phi-uploads\"", "expiration {", "ignored {")));
        assertCaught(phiExpires(STORAGE.replace("prefix = \"status/\"", "prefix = \"state/\"")));
        assertCaught(phiExpires(STORAGE.replaceAfter("id     = \"expire-phi-work\"", "noncurrent_version_expiration {",
                "ignored {")));
    }

    @Test
    void auditRecordsKeptSixYearsAndReportsOwnRetention() {
        assertNone(auditKeptSixYears(STORAGE));
        assertCaught(auditKeptSixYears(STORAGE.replaceAfter("id     = \"retain-audit\"",
                "days = var.audit_retention_days", "days = var.phi_retention_days")));
        assertCaught(auditKeptSixYears(STORAGE.replaceAfter("id     = \"expire-reports\"",
                "days = var.report_retention_days", "days = var.phi_retention_days")));
    }

    static List<String> auditUndeletable(Tf m) {
        boolean ok = bucketPolicyStatements(m, "this").stream().anyMatch(s -> "Deny".equals(s.get("effect"))
                && strings(s.get("actions")).containsAll(List.of("s3:DeleteObject", "s3:DeleteObjectVersion"))
                && strings(s.get("resources")).stream().anyMatch(r -> r.endsWith("/audit/*")));
        return ok ? List.of() : List.of("audit/ records can be deleted");
    }

    @Test
    void auditRecordsAppendOnly() {
        assertNone(auditUndeletable(STORAGE));
        assertCaught(auditUndeletable(STORAGE.withoutStatement("DenyAuditDeletion")));
    }

    static List<String> uploadsNotified(Tf m) {
        Map<String, Object> n = m.resource("aws_s3_bucket_notification", "uploads");
        Map<String, Object> q = map(n.get("queue"));
        boolean ok = refersTo(n.get("bucket"), "aws_s3_bucket.this")
                && strings(q.get("events")).contains("s3:ObjectCreated:*")
                && "uploads/".equals(q.get("filter_prefix")) && Tf.QUEUE_ARNS.get("uploads").equals(q.get("queue_arn"));
        return ok ? List.of() : List.of("no ObjectCreated notification for uploads/ to the uploads queue");
    }

    @Test
    void uploadsPrefixEventNotification() {
        assertNone(uploadsNotified(STORAGE));
        assertCaught(uploadsNotified(STORAGE.replace("filter_prefix = \"uploads/\"", "filter_prefix = \"\"")));
    }
}
