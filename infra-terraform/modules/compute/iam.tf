# One task role per function, each granted only its key areas and its queues. The statements are
# written out per function on purpose: a reviewer can read each role's reach without evaluating
# anything, and the policy tests compare them with the contract.
#
# Areas: uploads/ -> uploads bucket; work/, status/ -> work bucket; reports/, audit/ -> reports bucket.
# Reading an area also needs s3:ListBucket on that prefix: without it S3 answers 403 instead of 404
# for a missing key, and the functions test for existence (idempotency, status files).

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }

    # Confused-deputy guard: only tasks of this account.
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_iam_role" "task" {
  for_each = local.services

  name               = "${var.name_prefix}-${each.key}-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy" "task_common" {
  for_each = local.services

  name   = "kms-and-models"
  role   = aws_iam_role.task[each.key].id
  policy = data.aws_iam_policy_document.common.json
}

resource "aws_iam_role_policy" "task" {
  for_each = local.services

  name   = "own-prefixes-and-queues"
  role   = aws_iam_role.task[each.key].id
  policy = local.task_policies[each.key]
}

# Every function: the CMK (objects and messages are SSE-KMS) and read-only access to the models bucket.
data "aws_iam_policy_document" "common" {
  statement {
    sid       = "UseTheCmk"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [var.kms_key_arn]
  }

  statement {
    sid       = "ReadModels"
    actions   = ["s3:GetObject"]
    resources = ["${var.bucket_arns["models"]}/*"]
  }

  statement {
    sid       = "ListModels"
    actions   = ["s3:ListBucket"]
    resources = [var.bucket_arns["models"]]
  }
}

# segmenter: reads the upload, writes the window plan, audio and status; uploads queue in, one
# message to each modality queue out.
data "aws_iam_policy_document" "segmenter" {
  statement {
    sid       = "ReadUploads"
    actions   = ["s3:GetObject"]
    resources = ["${var.bucket_arns["uploads"]}/uploads/*"]
  }

  statement {
    sid       = "ListUploads"
    actions   = ["s3:ListBucket"]
    resources = [var.bucket_arns["uploads"]]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["uploads/*"]
    }
  }

  # Read back its own outputs (idempotent redelivery, status read-modify-write).
  statement {
    sid       = "ReadWriteWorkAndStatus"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${var.bucket_arns["work"]}/work/*", "${var.bucket_arns["work"]}/status/*"]
  }

  statement {
    sid       = "ListWorkAndStatus"
    actions   = ["s3:ListBucket"]
    resources = [var.bucket_arns["work"]]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["work/*", "status/*"]
    }
  }

  statement {
    sid       = "ConsumeUploadsQueue"
    actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes"]
    resources = [var.queue_arns["uploads"]]
  }

  statement {
    sid       = "FanOutToModalityQueues"
    actions   = ["sqs:SendMessage"]
    resources = [var.queue_arns["face"], var.queue_arns["speech"], var.queue_arns["transcribe-sentiment"]]
  }
}

# face, speech, transcribe-sentiment (one document each, from one definition): read the upload (video,
# sidecar transcript) and the plan/audio (work/), write the stage's timeline and status; consume the stage's
# own queue, send PartDone to fusion.
data "aws_iam_policy_document" "modality" {
  for_each = toset(local.modalities)

  statement {
    sid       = "ReadUploads"
    actions   = ["s3:GetObject"]
    resources = ["${var.bucket_arns["uploads"]}/uploads/*"]
  }

  statement {
    sid       = "ListUploads"
    actions   = ["s3:ListBucket"]
    resources = [var.bucket_arns["uploads"]]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["uploads/*"]
    }
  }

  statement {
    sid       = "ReadWriteWorkAndStatus"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${var.bucket_arns["work"]}/work/*", "${var.bucket_arns["work"]}/status/*"]
  }

  statement {
    sid       = "ListWorkAndStatus"
    actions   = ["s3:ListBucket"]
    resources = [var.bucket_arns["work"]]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["work/*", "status/*"]
    }
  }

  statement {
    sid       = "ConsumeOwnQueue"
    actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes"]
    resources = [var.queue_arns[each.key]]
  }

  statement {
    sid       = "SendPartDone"
    actions   = ["sqs:SendMessage"]
    resources = [var.queue_arns["fusion"]]
  }
}

# fusion-llm: reads the three timelines and the plan (work/) and status, writes the report and its status.
data "aws_iam_policy_document" "fusion_llm" {
  statement {
    sid       = "ReadWork"
    actions   = ["s3:GetObject"]
    resources = ["${var.bucket_arns["work"]}/work/*"]
  }

  statement {
    sid       = "ReadWriteStatus"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${var.bucket_arns["work"]}/status/*"]
  }

  statement {
    sid       = "ListWorkAndStatus"
    actions   = ["s3:ListBucket"]
    resources = [var.bucket_arns["work"]]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["work/*", "status/*"]
    }
  }

  # Reads an existing report back so a redelivered message does not rewrite it.
  statement {
    sid       = "ReadWriteReports"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${var.bucket_arns["reports"]}/reports/*"]
  }

  statement {
    sid       = "ListReports"
    actions   = ["s3:ListBucket"]
    resources = [var.bucket_arns["reports"]]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["reports/*"]
    }
  }

  statement {
    sid       = "ConsumeFusionQueue"
    actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes"]
    resources = [var.queue_arns["fusion"]]
  }

  statement {
    sid       = "SendReportReady"
    actions   = ["sqs:SendMessage"]
    resources = [var.queue_arns["reports"]]
  }
}

# sessions-api: presigns uploads, creates the session record and reads status and reports, appends
# audit records (never reads, overwrites through delete, or deletes them), and erases a session's
# objects, every version, in uploads/, work/, status/ and reports/ (right to erasure).
data "aws_iam_policy_document" "sessions_api" {
  statement {
    sid       = "PresignUploads"
    actions   = ["s3:PutObject"]
    resources = ["${var.bucket_arns["uploads"]}/uploads/*"]
  }

  statement {
    sid       = "ReadWriteSessionRecordAndStatus"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${var.bucket_arns["work"]}/status/*"]
  }

  statement {
    sid       = "ReadReports"
    actions   = ["s3:GetObject"]
    resources = ["${var.bucket_arns["reports"]}/reports/*"]
  }

  statement {
    sid       = "AppendAudit"
    actions   = ["s3:PutObject"]
    resources = ["${var.bucket_arns["reports"]}/audit/*"]
  }

  statement {
    sid       = "EraseSessionObjects"
    actions   = ["s3:DeleteObject", "s3:DeleteObjectVersion"]
    resources = ["${var.bucket_arns["uploads"]}/uploads/*", "${var.bucket_arns["work"]}/work/*", "${var.bucket_arns["work"]}/status/*", "${var.bucket_arns["reports"]}/reports/*"]
  }

  statement {
    sid       = "ListUploads"
    actions   = ["s3:ListBucket", "s3:ListBucketVersions"]
    resources = [var.bucket_arns["uploads"]]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["uploads/*"]
    }
  }

  statement {
    sid       = "ListWorkAndStatus"
    actions   = ["s3:ListBucket", "s3:ListBucketVersions"]
    resources = [var.bucket_arns["work"]]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["work/*", "status/*"]
    }
  }

  statement {
    sid       = "ListReports"
    actions   = ["s3:ListBucket", "s3:ListBucketVersions"]
    resources = [var.bucket_arns["reports"]]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["reports/*"]
    }
  }
}

################################################################################
# Execution role (shared): pull the images, write the log streams. No data access.
################################################################################

resource "aws_iam_role" "execution" {
  name               = "${var.name_prefix}-task-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy" "execution" {
  name   = "pull-images-write-logs"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

data "aws_iam_policy_document" "execution" {
  # GetAuthorizationToken has no resource-level permissions: "*" is the only valid resource.
  statement {
    sid       = "EcrAuthToken"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid       = "PullOwnImages"
    actions   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]
    resources = [for r in aws_ecr_repository.this : r.arn]
  }

  statement {
    sid       = "DecryptImages"
    actions   = ["kms:Decrypt"]
    resources = [var.kms_key_arn]
  }

  statement {
    sid       = "WriteOwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = [for g in aws_cloudwatch_log_group.this : "${g.arn}:*"]
  }
}

################################################################################
# GPU container instances: the ECS agent's AWS-managed role policy
################################################################################

resource "aws_iam_role" "gpu_instance" {
  name               = "${var.name_prefix}-gpu-instance"
  assume_role_policy = data.aws_iam_policy_document.ec2_assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "ec2_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

# What the ECS agent needs to register and poll; tasks never see it (awsvpc + ECS_AWSVPC_BLOCK_IMDS).
resource "aws_iam_role_policy_attachment" "gpu_instance_ecs" {
  role       = aws_iam_role.gpu_instance.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"
}

resource "aws_iam_instance_profile" "gpu" {
  name = "${var.name_prefix}-gpu-instance"
  role = aws_iam_role.gpu_instance.name
}
