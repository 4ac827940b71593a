/** A catalogue: nested keys down to strings. Plural forms are keys with i18next suffixes (`_zero`, `_one`, `_other`). */
export interface CatalogueShape {
  readonly [key: string]: string | CatalogueShape;
}
