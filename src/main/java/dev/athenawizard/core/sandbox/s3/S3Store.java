package dev.athenawizard.core.sandbox.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The sandbox's S3: buckets are the folders of {@code <data>/s3/}, objects the files below them, keys their
 * relative paths. Files being written ({@code *.writing}) and hidden files are not objects.
 */
public final class S3Store {
    private final Path root;
    /** MD5s by path, size and time, so listing big files does not re-read them. */
    private final Map<String, String> etags = new ConcurrentHashMap<>();

    public S3Store(Path root) {
        this.root = root;
    }

    /** An object's facts. */
    public record S3Object(String key, Path file, long size, Instant lastModified, String etag) {
    }

    public List<String> buckets() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean bucketExists(String bucket) {
        return isSafeName(bucket) && Files.isDirectory(root.resolve(bucket));
    }

    public Instant bucketCreated(String bucket) {
        return modified(root.resolve(bucket));
    }

    public void createBucket(String bucket) throws IOException {
        Files.createDirectories(root.resolve(bucket));
    }

    /** Every object of a bucket whose key starts with {@code prefix}, sorted by key. */
    public List<S3Object> list(String bucket, String prefix) {
        Path bucketDir = root.resolve(bucket);
        List<S3Object> objects = new ArrayList<>();
        try (Stream<Path> files = Files.walk(bucketDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = bucketDir.relativize(file).toString().replace('\\', '/');
                if (key.startsWith(prefix) && isObjectKey(key)) {
                    objects.add(describe(key, file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        objects.sort((a, b) -> a.key().compareTo(b.key()));
        return objects;
    }

    public Optional<S3Object> find(String bucket, String key) {
        Path file = objectPath(bucket, key);
        return Files.isRegularFile(file) && isObjectKey(key) ? Optional.of(describe(key, file)) : Optional.empty();
    }

    /** Stores an object; written beside its place first, so readers never see half of it. */
    public S3Object put(String bucket, String key, byte[] content) throws IOException {
        Path file = objectPath(bucket, key);
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".upload");
        Files.write(temp, content);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return describe(key, file);
    }

    public void delete(String bucket, String key) throws IOException {
        Files.deleteIfExists(objectPath(bucket, key));
    }

    /** The file for a key; keys that would climb out of the bucket are refused. */
    public Path objectPath(String bucket, String key) {
        Path bucketDir = root.resolve(bucket).normalize();
        Path file = bucketDir.resolve(key).normalize();
        if (!file.startsWith(bucketDir) || file.equals(bucketDir) || !isSafeName(bucket)) {
            throw new IllegalArgumentException("Invalid object key: " + key);
        }
        return file;
    }

    private S3Object describe(String key, Path file) {
        try {
            long size = Files.size(file);
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            String etag = etags.computeIfAbsent(file + "|" + size + "|" + modified, k -> md5(file));
            return new S3Object(key, file, size, modified, etag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isObjectKey(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        return !name.startsWith(".") && !name.endsWith(".writing");
    }

    private static boolean isSafeName(String bucket) {
        return !bucket.isEmpty() && !bucket.contains("/") && !bucket.contains("\\") && !bucket.startsWith(".");
    }

    private static String md5(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return "\"" + HexFormat.of().formatHex(digest.digest()) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
