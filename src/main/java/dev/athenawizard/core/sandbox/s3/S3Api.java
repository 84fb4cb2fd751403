package dev.athenawizard.core.sandbox.s3;

import dev.athenawizard.core.sandbox.account.SandboxAccount;
import dev.athenawizard.core.sandbox.http.Caller;
import dev.athenawizard.core.sandbox.http.RequestService;
import dev.athenawizard.core.sandbox.http.SandboxRequest;
import dev.athenawizard.core.sandbox.http.SandboxResponse;
import dev.athenawizard.core.sandbox.http.ServiceError;
import dev.athenawizard.core.sandbox.http.Xml;
import dev.athenawizard.core.sandbox.iam.AccessControl;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * Amazon S3 over path-style REST ({@code /<bucket>/<key>}): ListBuckets, CreateBucket, HeadBucket,
 * GetBucketLocation, ListObjects(V2), HeadObject, GetObject (with Range), PutObject and DeleteObject, enough for
 * the AWS SDK with {@code forcePathStyle(true)} and for {@code aws s3 ls/cp --endpoint-url}.
 */
public final class S3Api implements RequestService {
    private static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String CRC32_HEADER = "x-amz-checksum-crc32";
    /** Subresources such as {@code ?acl}, {@code ?versioning} or {@code ?uploads} that the sandbox does not offer. */
    private static final Set<String> UNSUPPORTED_SUBRESOURCES = Set.of("acl", "versioning", "uploads", "uploadId",
            "tagging", "policy", "lifecycle", "cors", "encryption", "versions", "delete");

    private final S3Store store;
    private final AccessControl access;
    private final Consumer<String> onDataChanged;

    /**
     * @param onDataChanged told the bucket of every object written or deleted (the catalog rescans the data bucket)
     */
    public S3Api(S3Store store, AccessControl access, Consumer<String> onDataChanged) {
        this.store = store;
        this.access = access;
        this.onDataChanged = onDataChanged;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request, Caller caller) throws IOException {
        String path = request.path();
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        String method = request.method();
        if (bucket.isEmpty()) {
            if (method.equals("GET")) {
                return listBuckets(caller);
            }
            throw notImplemented();
        }
        if (hasUnsupportedSubresource(request)) {
            throw notImplemented();
        }
        if (key.isEmpty()) {
            return switch (method) {
                case "GET" -> request.hasQueryParam("location") ? bucketLocation(bucket, caller)
                        : listObjects(bucket, request, caller);
                case "HEAD" -> headBucket(bucket, caller);
                case "PUT" -> createBucket(bucket, caller);
                default -> throw notImplemented();
            };
        }
        return switch (method) {
            case "GET" -> getObject(bucket, key, request, caller, false);
            case "HEAD" -> getObject(bucket, key, request, caller, true);
            case "PUT" -> putObject(bucket, key, request, caller);
            case "DELETE" -> deleteObject(bucket, key, caller);
            default -> throw notImplemented();
        };
    }

    private SandboxResponse listBuckets(Caller caller) {
        require(caller, "s3:ListAllMyBuckets", "arn:aws:s3:::*");
        Xml xml = new Xml().open("ListAllMyBucketsResult", NAMESPACE)
                .open("Owner").element("ID", SandboxAccount.ACCOUNT_ID).element("DisplayName", "sandbox").close("Owner")
                .open("Buckets");
        for (String bucket : store.buckets()) {
            xml.open("Bucket").element("Name", bucket).element("CreationDate", isoTime(store.bucketCreated(bucket)))
                    .close("Bucket");
        }
        return SandboxResponse.xml(200, xml.close("Buckets").close("ListAllMyBucketsResult").toString());
    }

    private SandboxResponse createBucket(String bucket, Caller caller) throws IOException {
        require(caller, "s3:CreateBucket", "arn:aws:s3:::" + bucket);
        if (store.bucketExists(bucket)) {
            throw ServiceError.of(409, "BucketAlreadyOwnedByYou",
                    "Your previous request to create the named bucket succeeded and you already own it.")
                    .with("BucketName", bucket);
        }
        store.createBucket(bucket);
        return SandboxResponse.empty(200).header("Location", "/" + bucket);
    }

    private SandboxResponse headBucket(String bucket, Caller caller) {
        existing(bucket);
        require(caller, "s3:ListBucket", "arn:aws:s3:::" + bucket);
        return SandboxResponse.empty(200).header("x-amz-bucket-region", caller.region());
    }

    /** us-east-1 answers with an empty LocationConstraint, every other region names itself. */
    private SandboxResponse bucketLocation(String bucket, Caller caller) {
        existing(bucket);
        require(caller, "s3:GetBucketLocation", "arn:aws:s3:::" + bucket);
        String region = caller.region().equals("us-east-1") ? "" : caller.region();
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint xmlns=\"" + NAMESPACE + "\">"
                + Xml.escape(region) + "</LocationConstraint>";
        return SandboxResponse.xml(200, xml);
    }

    /** ListObjectsV2 ({@code list-type=2}) or the original ListObjects, with prefix, delimiter and paging. */
    private SandboxResponse listObjects(String bucket, SandboxRequest request, Caller caller) {
        existing(bucket);
        require(caller, "s3:ListBucket", "arn:aws:s3:::" + bucket);
        boolean v2 = "2".equals(request.queryParam("list-type").orElse(null));
        boolean urlEncoded = "url".equals(request.queryParam("encoding-type").orElse(null));
        String prefix = request.queryParam("prefix").orElse("");
        String delimiter = request.queryParam("delimiter").orElse("");
        int maxKeys = parseMaxKeys(request.queryParam("max-keys").orElse("1000"));
        String after = v2 ? request.queryParam("continuation-token").map(S3Api::decodeToken)
                .orElse(request.queryParam("start-after").orElse("")) : request.queryParam("marker").orElse("");

        List<S3Store.S3Object> contents = new ArrayList<>();
        TreeSet<String> prefixes = new TreeSet<>();
        String last = null;
        boolean truncated = false;
        for (S3Store.S3Object object : store.list(bucket, prefix)) {
            String entry = object.key();
            if (!delimiter.isEmpty()) {
                int cut = entry.indexOf(delimiter, prefix.length());
                if (cut >= 0) {
                    entry = entry.substring(0, cut + delimiter.length());
                }
            }
            if (entry.compareTo(after) <= 0 || entry.equals(last)) {
                continue;
            }
            if (contents.size() + prefixes.size() >= maxKeys) {
                truncated = true;
                break;
            }
            if (entry.equals(object.key())) {
                contents.add(object);
            } else {
                prefixes.add(entry);
            }
            last = entry;
        }
        Xml xml = new Xml().open("ListBucketResult", NAMESPACE).element("Name", bucket)
                .element("Prefix", encode(prefix, urlEncoded));
        if (v2) {
            request.queryParam("continuation-token").ifPresent(t -> xml.element("ContinuationToken", t));
            request.queryParam("start-after").ifPresent(s -> xml.element("StartAfter", encode(s, urlEncoded)));
            xml.element("KeyCount", contents.size() + prefixes.size());
        } else {
            xml.element("Marker", encode(after, urlEncoded));
        }
        xml.element("MaxKeys", maxKeys);
        if (!delimiter.isEmpty()) {
            xml.element("Delimiter", encode(delimiter, urlEncoded));
        }
        if (urlEncoded) {
            xml.element("EncodingType", "url");
        }
        xml.element("IsTruncated", truncated);
        if (truncated && last != null) {
            xml.element(v2 ? "NextContinuationToken" : "NextMarker", v2 ? encodeToken(last) : encode(last, urlEncoded));
        }
        for (S3Store.S3Object object : contents) {
            xml.open("Contents").element("Key", encode(object.key(), urlEncoded))
                    .element("LastModified", isoTime(object.lastModified())).element("ETag", object.etag())
                    .element("Size", object.size()).element("StorageClass", "STANDARD").close("Contents");
        }
        for (String common : prefixes) {
            xml.open("CommonPrefixes").element("Prefix", encode(common, urlEncoded)).close("CommonPrefixes");
        }
        return SandboxResponse.xml(200, xml.close("ListBucketResult").toString());
    }

    private SandboxResponse getObject(String bucket, String key, SandboxRequest request, Caller caller, boolean head) {
        existing(bucket);
        require(caller, "s3:GetObject", "arn:aws:s3:::" + bucket + "/" + key);
        S3Store.S3Object object = store.find(bucket, key).orElseThrow(() -> ServiceError.of(404, "NoSuchKey",
                "The specified key does not exist.").with("Key", key));
        ByteRange range = request.header("Range").map(r -> ByteRange.parse(r, object.size()))
                .orElse(ByteRange.whole(object.size()));
        SandboxResponse response = head ? SandboxResponse.empty(range.partial() ? 206 : 200)
                : SandboxResponse.file(range.partial() ? 206 : 200, object.file(), range.first(), range.length());
        response.header("Content-Type", contentType(key)).header("ETag", object.etag())
                .header("Last-Modified", HTTP_DATE.format(object.lastModified())).header("Accept-Ranges", "bytes")
                .header("Content-Length", Long.toString(range.length()));
        if (range.partial()) {
            response.header("Content-Range", range.contentRange(object.size()));
        }
        return response;
    }

    private SandboxResponse putObject(String bucket, String key, SandboxRequest request, Caller caller)
            throws IOException {
        existing(bucket);
        require(caller, "s3:PutObject", "arn:aws:s3:::" + bucket + "/" + key);
        AwsChunkedBody body = AwsChunkedBody.isChunked(request.headers())
                ? AwsChunkedBody.decode(request.body()) : new AwsChunkedBody(request.body(), Map.of());
        S3Store.S3Object stored = store.put(bucket, key, body.payload());
        onDataChanged.accept(bucket);
        SandboxResponse response = SandboxResponse.empty(200).header("ETag", stored.etag());
        boolean crcSent = body.trailers().containsKey(CRC32_HEADER) || request.header(CRC32_HEADER).isPresent()
                || "CRC32".equalsIgnoreCase(request.header("x-amz-sdk-checksum-algorithm").orElse(""));
        if (crcSent) {
            response.header(CRC32_HEADER, crc32(body.payload())); // echoed as S3 does, for the SDK to compare
        }
        return response;
    }

    private SandboxResponse deleteObject(String bucket, String key, Caller caller) throws IOException {
        existing(bucket);
        require(caller, "s3:DeleteObject", "arn:aws:s3:::" + bucket + "/" + key);
        store.delete(bucket, key);
        onDataChanged.accept(bucket);
        return SandboxResponse.empty(204);
    }

    private void existing(String bucket) {
        if (!store.bucketExists(bucket)) {
            throw ServiceError.of(404, "NoSuchBucket", "The specified bucket does not exist").with("BucketName", bucket);
        }
    }

    private void require(Caller caller, String action, String resourceArn) {
        if (!access.allows(caller, action, resourceArn)) {
            throw ServiceError.of(403, "AccessDenied",
                    access.deniedByPolicy(caller, action, "\"" + resourceArn + "\""));
        }
    }

    private static boolean hasUnsupportedSubresource(SandboxRequest request) {
        return request.query().keySet().stream().anyMatch(UNSUPPORTED_SUBRESOURCES::contains);
    }

    private static ServiceError notImplemented() {
        return ServiceError.of(501, "NotImplemented",
                "A header or query you provided implies functionality that the sandbox's S3 does not implement");
    }

    private static int parseMaxKeys(String text) {
        try {
            return Math.max(0, Math.min(1000, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            throw ServiceError.of(400, "InvalidArgument", "Provided max-keys not an integer or within integer range");
        }
    }

    private static String encode(String text, boolean urlEncoded) {
        return urlEncoded ? URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/")
                : text;
    }

    private static String encodeToken(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ServiceError.of(400, "InvalidArgument", "The continuation token provided is incorrect");
        }
    }

    private static String isoTime(Instant instant) {
        return ISO_TIME.format(instant);
    }

    private static String contentType(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return "text/csv";
        }
        if (lower.endsWith(".json")) {
            return "application/json";
        }
        return lower.endsWith(".txt") ? "text/plain" : "application/octet-stream";
    }

    private static String crc32(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        long value = crc.getValue();
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        return Base64.getEncoder().encodeToString(bytes);
    }
}
