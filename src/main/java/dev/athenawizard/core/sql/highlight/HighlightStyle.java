package dev.athenawizard.core.sql.highlight;

/** How a run of SQL text is shown. {@link #styleClass()} names it for a stylesheet. */
public enum HighlightStyle {
    PLAIN(""),
    KEYWORD("sql-keyword"),
    FUNCTION("sql-function"),
    IDENTIFIER("sql-identifier"),
    QUOTED_IDENTIFIER("sql-quoted-identifier"),
    STRING("sql-string"),
    NUMBER("sql-number"),
    COMMENT("sql-comment"),
    OPERATOR("sql-operator"),
    PARAMETER("sql-parameter"),
    UNKNOWN("sql-unknown");

    private final String styleClass;

    HighlightStyle(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The style class of this run; empty for {@link #PLAIN}. */
    public String styleClass() {
        return styleClass;
    }
}
