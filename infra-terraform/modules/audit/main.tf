# Audit trail and alarms: a multi-region CloudTrail (management events plus S3 object-level data
# events on the PHI buckets), with log-file validation, encrypted with the CMK into its own bucket;
# alarms on dead-letter queues, queue lag and stage failures, sent to a KMS-encrypted topic.

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  trail_name = "${var.name_prefix}-trail"
  trail_arn  = "arn:${data.aws_partition.current.partition}:cloudtrail:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:trail/${var.name_prefix}-trail"
}

################################################################################
# CloudTrail
################################################################################

resource "aws_cloudtrail" "this" {
  name                          = local.trail_name
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = var.kms_key_arn

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    # Every read and write of a PHI object is recorded (who touched which session, when).
    data_resource {
      type   = "AWS::S3::Object"
      values = [for arn in var.data_event_bucket_arns : "${arn}/"]
    }
  }

  tags       = var.tags
  depends_on = [aws_s3_bucket_policy.trail]
}

resource "aws_s3_bucket" "trail" {
  bucket        = "${var.name_prefix}-cloudtrail-${data.aws_caller_identity.current.account_id}"
  force_destroy = false
  tags          = merge(var.tags, { DataClass = "audit" })
}

resource "aws_s3_bucket_public_access_block" "trail" {
  bucket                  = aws_s3_bucket.trail.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "trail" {
  bucket = aws_s3_bucket.trail.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "trail" {
  bucket = aws_s3_bucket.trail.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "trail" {
  bucket = aws_s3_bucket.trail.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = var.access_logs_bucket_name
  target_prefix = "s3/cloudtrail/"
}

resource "aws_s3_bucket_lifecycle_configuration" "trail" {
  bucket = aws_s3_bucket.trail.id

  rule {
    id     = "retain-trail"
    status = "Enabled"

    filter {}

    expiration {
      days = var.trail_retention_days
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }

  depends_on = [aws_s3_bucket_versioning.trail]
}

resource "aws_s3_bucket_policy" "trail" {
  bucket     = aws_s3_bucket.trail.id
  policy     = data.aws_iam_policy_document.trail_bucket.json
  depends_on = [aws_s3_bucket_public_access_block.trail]
}

module "tls_only_trail" {
  source    = "../tls-only"
  actions   = ["s3:*"]
  resources = [aws_s3_bucket.trail.arn, "${aws_s3_bucket.trail.arn}/*"]
}

data "aws_iam_policy_document" "trail_bucket" {
  source_policy_documents = [module.tls_only_trail.json]

  # The trail's files are evidence: nobody deletes them; the lifecycle rule alone expires them.
  statement {
    sid       = "DenyDeletingTrailFiles"
    effect    = "Deny"
    actions   = ["s3:DeleteObject", "s3:DeleteObjectVersion"]
    resources = ["${aws_s3_bucket.trail.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }

  statement {
    sid       = "CloudTrailAclCheck"
    effect    = "Allow"
    actions   = ["s3:GetBucketAcl"]
    resources = [aws_s3_bucket.trail.arn]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values   = [local.trail_arn]
    }
  }

  statement {
    sid       = "CloudTrailWrite"
    effect    = "Allow"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.trail.arn}/AWSLogs/${local.account_id}/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values   = [local.trail_arn]
    }
  }
}

################################################################################
# Alarms
################################################################################

resource "aws_sns_topic" "alarms" {
  name              = "${var.name_prefix}-alarms"
  kms_master_key_id = var.kms_key_arn
  tags              = var.tags
}

resource "aws_sns_topic_policy" "alarms" {
  arn    = aws_sns_topic.alarms.arn
  policy = data.aws_iam_policy_document.alarms_topic.json
}

module "tls_only_alarms_topic" {
  source    = "../tls-only"
  actions   = ["sns:Publish"]
  resources = [aws_sns_topic.alarms.arn]
}

data "aws_iam_policy_document" "alarms_topic" {
  source_policy_documents = [module.tls_only_alarms_topic.json]

  statement {
    sid       = "CloudWatchAlarmsPublish"
    effect    = "Allow"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alarms.arn]

    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_sns_topic_subscription" "email" {
  for_each = toset(var.alarm_emails)

  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = each.value
}

# A message in a dead-letter queue is a session that failed max_receive_count times.
resource "aws_cloudwatch_metric_alarm" "dlq_depth" {
  for_each = var.dlq_names

  alarm_name          = "${var.name_prefix}-${each.key}-dlq-not-empty"
  alarm_description   = "Messages in the ${each.key} dead-letter queue: a session failed repeatedly."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = each.value }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
  tags                = var.tags
}

# Queue lag: the oldest message of a stage's queue has waited too long (the stage is down, scaled to zero and
# not coming back, or too slow for the load). Measured by SQS itself, so it fires even when no task runs.
resource "aws_cloudwatch_metric_alarm" "queue_lag" {
  for_each = var.queue_names

  alarm_name          = "${var.name_prefix}-${each.key}-queue-lag"
  alarm_description   = "The oldest message in the ${each.key} queue is older than ${lookup(var.queue_lag_alarm_seconds, each.key, var.default_queue_lag_alarm_seconds)} s."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  dimensions          = { QueueName = each.value }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 2
  threshold           = lookup(var.queue_lag_alarm_seconds, each.key, var.default_queue_lag_alarm_seconds)
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
  tags                = var.tags
}

# A stage that ends FAILED logs it; count those lines per service.
resource "aws_cloudwatch_log_metric_filter" "stage_failed" {
  for_each = var.service_log_group_names

  name           = "${var.name_prefix}-${each.key}-stage-failed"
  log_group_name = each.value
  pattern        = var.failure_log_pattern

  metric_transformation {
    name          = "StageFailures"
    namespace     = "emodisparity/${var.name_prefix}"
    value         = "1"
    default_value = "0"
    dimensions    = { Service = each.key }
  }
}

resource "aws_cloudwatch_metric_alarm" "stage_failed" {
  for_each = var.service_log_group_names

  alarm_name          = "${var.name_prefix}-${each.key}-stage-failures"
  alarm_description   = "${each.key} reported failures."
  namespace           = "emodisparity/${var.name_prefix}"
  metric_name         = "StageFailures"
  dimensions          = { Service = each.key }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  tags                = var.tags

  depends_on = [aws_cloudwatch_log_metric_filter.stage_failed]
}
