package org.emodisparity.infra;

import com.bertramlabs.plugins.hcl4j.HCLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One Terraform module (all its .tf files) parsed with hcl4j. Terraform and its providers cannot be downloaded
 * here, so the policy tests read the HCL itself. Module inputs are given fixed sample values (a tfvars, in effect)
 * so that references such as {@code var.bucket_arns["uploads"]} resolve to recognisable ARNs.
 *
 * <p>hcl4j evaluates what it can and leaves the rest as reference text (e.g. {@code each.value.arn}); the checks
 * therefore look at block structure, literals and the sample values, never at computed cloud attributes.
 */
final class Tf {

    static final String CMK = "arn:aws:kms:eu-central-1:111122223333:key/sample-cmk";
    static final Map<String, String> BUCKET_ARNS = Map.of(
            "uploads", "arn:aws:s3:::sample-uploads", "work", "arn:aws:s3:::sample-work",
            "reports", "arn:aws:s3:::sample-reports", "models", "arn:aws:s3:::sample-models");
    static final Map<String, String> QUEUE_ARNS = Map.of(
            "uploads", "arn:aws:sqs:eu-central-1:111122223333:q-uploads",
            "face", "arn:aws:sqs:eu-central-1:111122223333:q-face",
            "speech", "arn:aws:sqs:eu-central-1:111122223333:q-speech",
            "transcribe-sentiment", "arn:aws:sqs:eu-central-1:111122223333:q-transcribe-sentiment",
            "fusion", "arn:aws:sqs:eu-central-1:111122223333:q-fusion",
            "reports", "arn:aws:sqs:eu-central-1:111122223333:q-reports");

    final String name;
    final String text;
    final Map<String, Object> model;
    /** Called modules by name (e.g. {@code tls-only}) standing in for the files on disk: mutated copies. */
    private final Map<String, Tf> calledOverrides;
    /** The input values a module call gave this module (empty for a module read on its own). */
    private final Map<String, Object> inputs;

    private Tf(String name, String text) {
        this(name, text, Map.of(), Map.of());
    }

    private Tf(String name, String text, Map<String, Tf> calledOverrides, Map<String, Object> inputs) {
        this.name = name;
        this.text = text;
        this.calledOverrides = calledOverrides;
        this.inputs = inputs;
        this.model = parse(text, inputs);
    }

    static Path repoRoot() {
        String prop = System.getProperty("emodisparity.repo.root");
        Path start = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("infra-terraform/modules"))) {
                return p;
            }
        }
        throw new IllegalStateException("infra-terraform/ not found above " + start);
    }

    /** modules/{name}, or examples/complete. */
    static Tf module(String name) {
        return new Tf(name, source(name));
    }

    /** The text of modules/{name} (or examples/complete): all its .tf files. */
    private static String source(String name) {
        Path dir = repoRoot().resolve("infra-terraform").resolve(name.contains("/") ? name : "modules/" + name);
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".tf")).sorted().toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    /**
     * This module, calling {@code called} wherever it calls the module of that name (e.g. a copy of
     * {@code tls-only} with its control taken out).
     */
    Tf calling(Tf called) {
        Map<String, Tf> overrides = new LinkedHashMap<>(calledOverrides);
        overrides.put(called.name.replace("*", ""), called);
        return new Tf(name + "*", text, overrides, inputs);
    }

    private static Map<String, Object> parse(String text, Map<String, Object> inputs) {
        HCLParser parser = new HCLParser();
        parser.setVariable("name_prefix", "sample");
        parser.setVariable("alias", "sample-phi");
        parser.setVariable("kms_key_arn", CMK);
        parser.setVariable("bucket_arns", BUCKET_ARNS);
        parser.setVariable("bucket_names", Map.of("uploads", "sample-uploads", "work", "sample-work",
                "reports", "sample-reports", "models", "sample-models"));
        parser.setVariable("queue_arns", QUEUE_ARNS);
        parser.setVariable("uploads_bucket_arn", BUCKET_ARNS.get("uploads"));
        parser.setVariable("uploads_queue_arn", QUEUE_ARNS.get("uploads"));
        parser.setVariable("data_event_bucket_arns", List.of(BUCKET_ARNS.get("uploads"), BUCKET_ARNS.get("work"),
                BUCKET_ARNS.get("reports")));
        parser.setVariable("acm_certificate_arn", "arn:aws:acm:eu-central-1:111122223333:certificate/sample");
        parser.setVariable("oidc_issuer_url", "https://idp.clinic.example/realms/clinic");
        parser.setVariable("oidc_jwks_url", "https://idp.clinic.example/realms/clinic/certs");
        parser.setVariable("image_tag", "0.1.0");
        parser.setVariable("alb_allowed_cidrs", List.of("10.0.0.0/16"));
        parser.setVariable("availability_zones", List.of("eu-central-1a", "eu-central-1b"));
        inputs.forEach(parser::setVariable);
        // hcl4j keeps only the last of several locals blocks: number the later ones, locals() merges them.
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            numbered.append(line.equals("locals {") && n++ > 0 ? "locals_" + n + " {" : line).append('\n');
        }
        try {
            return parser.parse(numbered.toString(), false);
        } catch (Exception e) {
            throw new IllegalStateException("HCL does not parse", e);
        }
    }

    // --- mutations: a copy of the module with one control taken out ---------------------------------------

    /** The module with the first occurrence of {@code from} replaced; fails if it is not there (no silent no-op). */
    Tf replace(String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0, "mutation target not found in " + name + ": " + from);
        return new Tf(name + "*", text.substring(0, at) + to + text.substring(at + from.length()), calledOverrides,
                inputs);
    }

    /** The module without the block that starts at {@code header} (e.g. {@code resource "aws_flow_log" "this"}). */
    Tf withoutBlock(String header) {
        int start = text.indexOf(header);
        assertTrue(start >= 0, "block not found in " + name + ": " + header);
        return withoutBlockAt(start);
    }

    private Tf withoutBlockAt(int start) {
        int open = text.indexOf('{', start);
        int depth = 0;
        int i = open;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                break;
            }
        }
        return new Tf(name + "*", text.substring(0, start) + text.substring(i + 1), calledOverrides, inputs);
    }

    /** The module without the policy statement whose sid is {@code sid} (statement or dynamic "statement"). */
    Tf withoutStatement(String sid) {
        int at = text.indexOf("sid       = \"" + sid + "\"");
        assertTrue(at >= 0, "statement not found in " + name + ": " + sid);
        int stmt = Math.max(text.lastIndexOf("statement {", at), text.lastIndexOf("dynamic \"statement\" {", at));
        return withoutBlockAt(stmt);
    }

    /** Text mutation anchored after {@code anchor}: replaces the first {@code from} that follows it. */
    Tf replaceAfter(String anchor, String from, String to) {
        int a = text.indexOf(anchor);
        assertTrue(a >= 0, "anchor not found in " + name + ": " + anchor);
        int at = text.indexOf(from, a);
        assertTrue(at >= 0, "mutation target not found after " + anchor + ": " + from);
        return new Tf(name + "*", text.substring(0, at) + to + text.substring(at + from.length()), calledOverrides,
                inputs);
    }

    // --- navigation over the parsed maps ---------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A block that may appear once (a map) or several times (a list of maps). */
    static List<Map<String, Object>> blocks(Object o) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (o instanceof Map<?, ?>) {
            out.add(map(o));
        } else if (o instanceof List<?> l) {
            l.forEach(x -> out.add(map(x)));
        }
        return out;
    }

    static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        } else if (o != null) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    /** All resources of a type, by name. */
    Map<String, Map<String, Object>> resources(String type) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        map(map(model.get("resource")).get(type)).forEach((k, v) -> out.put(k, map(v)));
        return out;
    }

    Map<String, Object> resource(String type, String name) {
        return resources(type).getOrDefault(name, Map.of());
    }

    Map<String, Object> data(String type, String name) {
        return map(map(map(model.get("data")).get(type)).get(name));
    }

    Map<String, Object> locals() {
        Map<String, Object> all = new LinkedHashMap<>();
        model.forEach((k, v) -> {
            if (k.equals("locals") || k.startsWith("locals_")) {
                all.putAll(map(v));
            }
        });
        return all;
    }

    Map<String, Object> variable(String name) {
        return map(map(model.get("variable")).get(name));
    }

    /**
     * The statements of an aws_iam_policy_document: those its {@code source_policy_documents} take from a called
     * module's output (e.g. {@code module.tls_only_queue[each.key].json}: the {@code tls-only} module, its
     * variables set to the call's arguments), then static ones and dynamic "statement" contents alike.
     */
    List<Map<String, Object>> statements(String policyDocument) {
        Map<String, Object> doc = data("aws_iam_policy_document", policyDocument);
        List<Map<String, Object>> out = new ArrayList<>();
        for (String source : strings(doc.get("source_policy_documents"))) {
            out.addAll(moduleOutputStatements(source));
        }
        out.addAll(blocks(doc.get("statement")));
        for (Map<String, Object> dyn : blocks(map(doc.get("dynamic")).get("statement"))) {
            out.addAll(blocks(dyn.get("content")));
        }
        return out;
    }

    /** The module calls of this module, by name. */
    Map<String, Map<String, Object>> moduleCalls() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        map(model.get("module")).forEach((k, v) -> out.put(k, map(v)));
        return out;
    }

    /**
     * The statements of the policy document a reference such as {@code module.tls_only_queue[each.key].json}
     * names: the called module (a sibling under modules/, or its override) parsed with the call's arguments as
     * its variables, and the document its output points at. Nothing for any other reference.
     */
    private List<Map<String, Object>> moduleOutputStatements(String reference) {
        if (!reference.startsWith("module.")) {
            return List.of();
        }
        // hcl4j writes an index as a path segment: module.tls_only_dlq[each.key].json reads module.tls_only_dlq.each.key.json
        String[] parts = reference.substring("module.".length()).replaceAll("\\[[^]]*]", "").split("\\.");
        Map<String, Object> call = moduleCalls().get(parts[0]);
        if (call == null || parts.length < 2) {
            return List.of();
        }
        String output = parts[parts.length - 1];
        String source = String.valueOf(call.get("source"));
        assertTrue(source.startsWith("../"), name + ": module " + parts[0] + " is not a sibling module: " + source);
        String calledName = source.substring("../".length());
        Map<String, Object> arguments = new LinkedHashMap<>(call);
        arguments.remove("source");
        arguments.remove("for_each");
        Tf override = calledOverrides.get(calledName);
        Tf called = new Tf(calledName, override != null ? override.text : source(calledName), Map.of(), arguments);
        String value = String.valueOf(map(map(called.model.get("output")).get(output)).get("value"));
        if (!value.startsWith("data.aws_iam_policy_document.")) {
            return List.of();
        }
        return called.statements(value.substring("data.aws_iam_policy_document.".length()).split("[.\\[]")[0]);
    }

    /** Does an attribute refer to a given address (e.g. aws_s3_bucket.this)? hcl4j keeps references as text. */
    static boolean refersTo(Object value, String address) {
        String s = String.valueOf(value);
        return s.equals(address) || s.startsWith(address + ".") || s.startsWith(address + "[");
    }

    static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
