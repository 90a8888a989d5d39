# The four data buckets of the pipeline and the bucket that receives their server access logs.
# Key layout (same in every bucket): uploads/ -> uploads bucket; work/ and status/ -> work bucket;
# reports/ and audit/ -> reports bucket; model files -> models bucket (read-only for the functions).

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id

  # Bucket names carry the account id: S3 names are global, and one clinic = one account.
  data_buckets = {
    uploads = "${var.name_prefix}-uploads-${data.aws_caller_identity.current.account_id}"
    work    = "${var.name_prefix}-work-${data.aws_caller_identity.current.account_id}"
    reports = "${var.name_prefix}-reports-${data.aws_caller_identity.current.account_id}"
    models  = "${var.name_prefix}-models-${data.aws_caller_identity.current.account_id}"
  }
}

################################################################################
# Data buckets (PHI): SSE-KMS with the CMK, versioned, logged, private, TLS only
################################################################################

resource "aws_s3_bucket" "this" {
  for_each = local.data_buckets

  bucket        = each.value
  force_destroy = false
  tags          = merge(var.tags, { DataClass = each.key == "models" ? "models" : "phi" })
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each = aws_s3_bucket.this

  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ACLs disabled: the bucket policy and IAM are the only access paths.
resource "aws_s3_bucket_ownership_controls" "this" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "this" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    # S3 Bucket Keys cut KMS request volume (and cost) without weakening the key boundary.
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_logging" "this" {
  for_each = aws_s3_bucket.this

  bucket        = each.value.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "s3/${each.key}/"
}

resource "aws_s3_bucket_policy" "this" {
  for_each = aws_s3_bucket.this

  bucket = each.value.id
  policy = data.aws_iam_policy_document.data_bucket[each.key].json

  # A policy put before the public access block exists can be refused as "public".
  depends_on = [aws_s3_bucket_public_access_block.this]
}

# PHI never crosses the network in clear text.
module "tls_only_data_bucket" {
  source   = "../tls-only"
  for_each = aws_s3_bucket.this

  actions   = ["s3:*"]
  resources = [each.value.arn, "${each.value.arn}/*"]
}

data "aws_iam_policy_document" "data_bucket" {
  for_each                = aws_s3_bucket.this
  source_policy_documents = [module.tls_only_data_bucket[each.key].json]

  # Every object is written with SSE-KMS (the application and presigned uploads send the header) ...
  statement {
    sid       = "DenyUnencryptedUploads"
    effect    = "Deny"
    actions   = ["s3:PutObject"]
    resources = ["${each.value.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "StringNotEquals"
      variable = "s3:x-amz-server-side-encryption"
      values   = ["aws:kms"]
    }
  }

  # ... and with the clinic's key, not some other key the writer happens to hold.
  statement {
    sid       = "DenyOtherKmsKeys"
    effect    = "Deny"
    actions   = ["s3:PutObject"]
    resources = ["${each.value.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "StringNotEqualsIfExists"
      variable = "s3:x-amz-server-side-encryption-aws-kms-key-id"
      values   = [var.kms_key_arn]
    }
  }

  # audit/ is append-only evidence: nobody deletes a record (the lifecycle rule alone expires them).
  dynamic "statement" {
    for_each = each.key == "reports" ? ["audit"] : []

    content {
      sid       = "DenyAuditDeletion"
      effect    = "Deny"
      actions   = ["s3:DeleteObject", "s3:DeleteObjectVersion"]
      resources = ["${each.value.arn}/audit/*"]

      principals {
        type        = "*"
        identifiers = ["*"]
      }
    }
  }
}

################################################################################
# Lifecycle: PHI is deleted after its retention; reports and audit keep their own
################################################################################

resource "aws_s3_bucket_lifecycle_configuration" "uploads" {
  bucket = aws_s3_bucket.this["uploads"].id

  rule {
    id     = "expire-phi-uploads"
    status = "Enabled"

    filter {
      prefix = "uploads/"
    }

    expiration {
      days = var.phi_retention_days
    }

    # With versioning on, a delete only hides the object: the noncurrent versions must expire too.
    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_version_retention_days
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }

  rule {
    id     = "remove-expired-delete-markers"
    status = "Enabled"

    filter {}

    expiration {
      expired_object_delete_marker = true
    }
  }

  depends_on = [aws_s3_bucket_versioning.this]
}

resource "aws_s3_bucket_lifecycle_configuration" "work" {
  bucket = aws_s3_bucket.this["work"].id

  rule {
    id     = "expire-phi-work"
    status = "Enabled"

    filter {
      prefix = "work/"
    }

    expiration {
      days = var.phi_retention_days
    }

    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_version_retention_days
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }

  # Stage status files name a session and its stage results; they go with the session's PHI.
  rule {
    id     = "expire-phi-status"
    status = "Enabled"

    filter {
      prefix = "status/"
    }

    expiration {
      days = var.phi_retention_days
    }

    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_version_retention_days
    }
  }

  rule {
    id     = "remove-expired-delete-markers"
    status = "Enabled"

    filter {}

    expiration {
      expired_object_delete_marker = true
    }
  }

  depends_on = [aws_s3_bucket_versioning.this]
}

resource "aws_s3_bucket_lifecycle_configuration" "reports" {
  bucket = aws_s3_bucket.this["reports"].id

  rule {
    id     = "expire-reports"
    status = "Enabled"

    filter {
      prefix = "reports/"
    }

    expiration {
      days = var.report_retention_days
    }

    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_version_retention_days
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }

  # Audit records are append-only evidence (HIPAA: 6 years); never the short PHI retention.
  rule {
    id     = "retain-audit"
    status = "Enabled"

    filter {
      prefix = "audit/"
    }

    expiration {
      days = var.audit_retention_days
    }

    noncurrent_version_expiration {
      noncurrent_days = var.audit_retention_days
    }
  }

  depends_on = [aws_s3_bucket_versioning.this]
}

resource "aws_s3_bucket_lifecycle_configuration" "models" {
  bucket = aws_s3_bucket.this["models"].id

  rule {
    id     = "expire-old-model-versions"
    status = "Enabled"

    filter {}

    noncurrent_version_expiration {
      noncurrent_days = 90
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }

  depends_on = [aws_s3_bucket_versioning.this]
}

################################################################################
# Event notifications: every new upload under uploads/ goes to the uploads queue
################################################################################

resource "aws_s3_bucket_notification" "uploads" {
  count = var.enable_uploads_notification ? 1 : 0

  bucket = aws_s3_bucket.this["uploads"].id

  queue {
    id            = "uploads-to-segmenter"
    queue_arn     = var.uploads_queue_arn
    events        = ["s3:ObjectCreated:*"]
    filter_prefix = "uploads/"
  }
}

################################################################################
# Access-log bucket
################################################################################

# S3 server access logging and ALB access logs can only be delivered to a bucket whose default
# encryption is SSE-S3 (AES256): SSE-KMS is not supported for log delivery. It is the one bucket
# without the CMK. Logs hold object keys (clinic and session ids, never file content).
resource "aws_s3_bucket" "access_logs" {
  bucket        = "${var.name_prefix}-access-logs-${data.aws_caller_identity.current.account_id}"
  force_destroy = false
  tags          = merge(var.tags, { DataClass = "access-logs" })
}

resource "aws_s3_bucket_public_access_block" "access_logs" {
  bucket                  = aws_s3_bucket.access_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id

  rule {
    id     = "retain-access-logs"
    status = "Enabled"

    filter {}

    expiration {
      days = var.access_log_retention_days
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }

  depends_on = [aws_s3_bucket_versioning.access_logs]
}

resource "aws_s3_bucket_policy" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  policy = data.aws_iam_policy_document.access_logs.json

  depends_on = [aws_s3_bucket_public_access_block.access_logs]
}

data "aws_elb_service_account" "current" {}

module "tls_only_access_logs" {
  source    = "../tls-only"
  actions   = ["s3:*"]
  resources = [aws_s3_bucket.access_logs.arn, "${aws_s3_bucket.access_logs.arn}/*"]
}

data "aws_iam_policy_document" "access_logs" {
  source_policy_documents = [module.tls_only_access_logs.json]

  # S3 server access log delivery, only from this account's buckets.
  statement {
    sid       = "S3ServerAccessLogs"
    effect    = "Allow"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.access_logs.arn}/s3/*"]

    principals {
      type        = "Service"
      identifiers = ["logging.s3.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }

  # Access logs of the internal ALB in front of sessions-api.
  statement {
    sid       = "AlbAccessLogs"
    effect    = "Allow"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.access_logs.arn}/alb/AWSLogs/${local.account_id}/*"]

    principals {
      type        = "AWS"
      identifiers = [data.aws_elb_service_account.current.arn]
    }
  }
}
