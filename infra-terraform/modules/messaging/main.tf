# One standard SQS queue per pipeline stage, each with its own dead-letter queue. No SNS topic: the
# segmenter fans out by sending one message to each modality queue.
#
#   uploads               S3 ObjectCreated (uploads/)     -> segmenter
#   face, speech,
#   transcribe-sentiment  segmenter                       -> the stage
#   fusion                face/speech/transcribe (PartDone) -> fusion-llm
#   reports               fusion-llm (ReportReady)        -> the clinic's systems

data "aws_caller_identity" "current" {}

locals {
  queue_names = ["uploads", "face", "speech", "transcribe-sentiment", "fusion", "reports"]
}

resource "aws_sqs_queue" "dlq" {
  for_each = toset(local.queue_names)

  name                              = "${var.name_prefix}-${each.key}-dlq"
  kms_master_key_id                 = var.kms_key_arn
  kms_data_key_reuse_period_seconds = 300
  # Fourteen days (the maximum) to inspect and redrive a failed message.
  message_retention_seconds = 1209600
  tags                      = var.tags
}

resource "aws_sqs_queue" "this" {
  for_each = toset(local.queue_names)

  name                              = "${var.name_prefix}-${each.key}"
  kms_master_key_id                 = var.kms_key_arn
  kms_data_key_reuse_period_seconds = 300
  visibility_timeout_seconds        = var.visibility_timeout_seconds[each.key]
  message_retention_seconds         = var.message_retention_seconds
  receive_wait_time_seconds         = 20

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[each.key].arn
    maxReceiveCount     = var.max_receive_count
  })

  tags = var.tags
}

# Each DLQ accepts messages from its own queue only.
resource "aws_sqs_queue_redrive_allow_policy" "dlq" {
  for_each = toset(local.queue_names)

  queue_url = aws_sqs_queue.dlq[each.key].id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.this[each.key].arn]
  })
}

resource "aws_sqs_queue_policy" "this" {
  for_each = toset(local.queue_names)

  queue_url = aws_sqs_queue.this[each.key].id
  policy    = data.aws_iam_policy_document.queue[each.key].json
}

resource "aws_sqs_queue_policy" "dlq" {
  for_each = toset(local.queue_names)

  queue_url = aws_sqs_queue.dlq[each.key].id
  policy    = data.aws_iam_policy_document.dlq[each.key].json
}

# Messages name sessions; they never travel in clear text.
module "tls_only_queue" {
  source   = "../tls-only"
  for_each = toset(local.queue_names)

  actions   = ["sqs:*"]
  resources = [aws_sqs_queue.this[each.key].arn]
}

data "aws_iam_policy_document" "queue" {
  for_each                = toset(local.queue_names)
  source_policy_documents = [module.tls_only_queue[each.key].json]

  # Only the uploads queue takes messages from S3, and only from the uploads bucket of this account.
  dynamic "statement" {
    for_each = each.key == "uploads" ? ["uploads"] : []

    content {
      sid       = "AllowUploadsBucketNotifications"
      effect    = "Allow"
      actions   = ["sqs:SendMessage"]
      resources = [aws_sqs_queue.this[each.key].arn]

      principals {
        type        = "Service"
        identifiers = ["s3.amazonaws.com"]
      }

      condition {
        test     = "ArnEquals"
        variable = "aws:SourceArn"
        values   = [var.uploads_bucket_arn]
      }

      condition {
        test     = "StringEquals"
        variable = "aws:SourceAccount"
        values   = [data.aws_caller_identity.current.account_id]
      }
    }
  }
}

module "tls_only_dlq" {
  source   = "../tls-only"
  for_each = toset(local.queue_names)

  actions   = ["sqs:*"]
  resources = [aws_sqs_queue.dlq[each.key].arn]
}

data "aws_iam_policy_document" "dlq" {
  for_each                = toset(local.queue_names)
  source_policy_documents = [module.tls_only_dlq[each.key].json]
}
