package dev.athenawizard.core.athena.catalog;

/** How far the catalog cache has got with one level of the catalog (its databases, or one database's tables). */
public enum LoadState {
    /** Not asked for yet: loaded when a tree node opens or completion needs it. */
    NOT_LOADED,
    LOADING,
    LOADED,
    /** Could not be loaded; the entry says why. */
    FAILED
}
