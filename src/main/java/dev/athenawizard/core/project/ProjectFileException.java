package dev.athenawizard.core.project;

import java.nio.file.Path;

/**
 * A project file that cannot be read, with a message a user can act on: which file, what is wrong, and where
 * (field path, line and column) when that is known.
 */
public final class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String field;
    private final int line;
    private final int column;

    public ProjectFileException(Path file, String message, String field, int line, int column, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.field = field;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    /** The dotted path of the offending field ({@code query.previewLimit}), or empty when the problem is not a field. */
    public String field() {
        return field == null ? "" : field;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }
}
