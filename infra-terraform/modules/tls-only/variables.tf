variable "actions" {
  description = "The actions denied without TLS: the whole service (\"s3:*\", \"sqs:*\") or what the resource's policy grants (\"sns:Publish\")."
  type        = list(string)
}

variable "resources" {
  description = "The resource ARNs the statement covers (a bucket needs its ARN and \"<ARN>/*\")."
  type        = list(string)
}
