package org.emodisparity.distributed;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The AWS side of the distributed mode on one machine: ElasticMQ (SQS API) and S3Proxy (S3 API, filesystem
 * store), each a separate process on a loopback port, with the queues and buckets the Terraform deployment
 * creates: one queue per stage, each with a dead-letter queue, and buckets for uploads, work and reports.
 */
final class LocalCloud implements AutoCloseable {
    static final String ACCESS_KEY = "local-access";
    static final String SECRET_KEY = "local-secret";
    static final String REGION = "us-east-1";
    static final String UPLOADS_BUCKET = "emodisparity-uploads";
    static final String WORK_BUCKET = "emodisparity-work";
    static final String REPORTS_BUCKET = "emodisparity-reports";
    static final String MODELS_BUCKET = "emodisparity-models";
    static final List<String> QUEUES = List.of("emodisparity-uploads", "emodisparity-face", "emodisparity-speech",
            "emodisparity-transcribe-sentiment", "emodisparity-fusion", "emodisparity-reports");
    static final int MAX_RECEIVES = 3;

    final Path dir;
    final int sqsPort;
    final int s3Port;
    final SqsClient sqs;
    final S3Client s3;
    final Map<String, String> queueUrls = new LinkedHashMap<>();
    private final List<Process> servers = new ArrayList<>();

    LocalCloud(Path dir) throws Exception {
        this.dir = dir;
        this.sqsPort = freePort();
        this.s3Port = freePort();
        startElasticMq();
        startS3Proxy();
        sqs = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(sqsEndpoint())).region(Region.of(REGION))
                .credentialsProvider(credentials()).build();
        s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(s3Endpoint())).region(Region.of(REGION)).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials()).build();
        awaitReady();
        for (String bucket : List.of(UPLOADS_BUCKET, WORK_BUCKET, REPORTS_BUCKET, MODELS_BUCKET)) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        for (String queue : QUEUES) {
            queueUrls.put(queue, createQueueWithDlq(queue));
        }
    }

    String sqsEndpoint() {
        return "http://127.0.0.1:" + sqsPort;
    }

    String s3Endpoint() {
        return "http://127.0.0.1:" + s3Port;
    }

    String queueUrl(String name) {
        return queueUrls.get(name);
    }

    String dlqUrl(String name) {
        return sqs.getQueueUrl(b -> b.queueName(name + "-dlq")).queueUrl();
    }

    /** What every function process gets: the same variables the Terraform deployment sets, plus the endpoints. */
    Map<String, String> functionEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "distributed");
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        env.put("AWS_REGION", REGION);
        env.put("EMODISPARITY_STORE_TYPE", "s3");
        env.put("EMODISPARITY_STORE_REGION", REGION);
        env.put("EMODISPARITY_STORE_ENDPOINT", s3Endpoint());
        env.put("EMODISPARITY_STORE_PATH_STYLE", "true");
        env.put("EMODISPARITY_STORE_BUCKET", WORK_BUCKET);
        env.put("EMODISPARITY_STORE_UPLOADS_BUCKET", UPLOADS_BUCKET);
        env.put("EMODISPARITY_STORE_REPORTS_BUCKET", REPORTS_BUCKET);
        // the models come from the models bucket (pushed by the test), not from this machine's models folder
        env.put("EMODISPARITY_MODELS_BUCKET", MODELS_BUCKET);
        env.put("EMODISPARITY_SQS_ENDPOINT", sqsEndpoint());
        env.put("EMODISPARITY_SQS_REGION", REGION);
        env.put("EMODISPARITY_SQS_WAIT_SECONDS", "1");
        // short, so a killed function's message comes back quickly in the tests (AWS default here: 120 s)
        env.put("EMODISPARITY_SQS_VISIBILITY_SECONDS", "6");
        env.put("EMODISPARITY_SQS_RETRY_DELAY_SECONDS", "1");
        env.put("EMODISPARITY_HTTP_PORT", "0");
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return env;
    }

    private String createQueueWithDlq(String name) {
        String dlq = sqs.createQueue(b -> b.queueName(name + "-dlq")).queueUrl();
        String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return sqs.createQueue(b -> b.queueName(name).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + MAX_RECEIVES + "\"}")))
                .queueUrl();
    }

    private void startElasticMq() throws IOException {
        Path conf = Files.writeString(dir.resolve("elasticmq.conf"), """
                include classpath("application.conf")
                node-address { protocol = http, host = "127.0.0.1", port = %d, context-path = "" }
                rest-sqs { enabled = true, bind-port = %d, bind-hostname = "127.0.0.1", sqs-limits = strict }
                rest-stats { enabled = false }
                """.formatted(sqsPort, sqsPort));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        servers.add(start("elasticmq", List.of(java(), "-Xmx256m", "-Dconfig.file=" + conf, "-cp", classPath,
                "org.elasticmq.server.Main")));
    }

    private void startS3Proxy() throws IOException {
        Path blobs = Files.createDirectories(dir.resolve("s3-blobs"));
        Path conf = Files.writeString(dir.resolve("s3proxy.conf"), String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + s3Port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + blobs, ""));
        String jar = System.getProperty("s3proxy.jar", "target/servers/s3proxy.jar");
        servers.add(start("s3proxy", List.of(java(), "-Xmx256m", "-jar", jar, "--properties", conf.toString())));
    }

    private Process start(String name, List<String> command) throws IOException {
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        return p;
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                sqs.listQueues();
                s3.listBuckets();
                return;
            } catch (RuntimeException e) {
                last = e;
                for (Process p : servers) {
                    if (!p.isAlive()) {
                        throw new IllegalStateException("a local server exited; see the logs in " + dir, e);
                    }
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("ElasticMQ/S3Proxy not ready after 90 s; logs in " + dir, last);
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    @Override
    public void close() {
        sqs.close();
        s3.close();
        servers.forEach(Process::destroyForcibly);
    }
}
