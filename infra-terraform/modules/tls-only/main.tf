# The one TLS-only statement of every resource policy (buckets, queues, topics): anything asked of these resources
# over plain HTTP is denied, whoever asks. A policy document takes it with
#   source_policy_documents = [module.<name>.json]
# and adds its own statements (their sids must differ from DenyInsecureTransport).
data "aws_iam_policy_document" "this" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = var.actions
    resources = var.resources

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
