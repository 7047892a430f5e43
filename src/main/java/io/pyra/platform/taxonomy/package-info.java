/**
 * Bilingual taxonomies: editable trees of coded terms named in English and Chinese, ordered among
 * siblings, active or not (sectors, contact record types, and the next modules' categories, case
 * types, reasons, channels). A module declares one in five pieces and copies nothing else:
 *
 * <ol>
 *   <li>its table of the standard shape, in its own migration: {@code <module>_<term> (id UUID,
 *       parent_id UUID REFERENCES itself, code VARCHAR(60) UNIQUE, name_en VARCHAR(200), name_zh
 *       VARCHAR(200), sort_order INTEGER, active BOOLEAN, version BIGINT)}, all {@code NOT NULL}
 *       but {@code parent_id};
 *   <li>{@code @Entity @Table(name = "sales_product_category") public class ProductCategory extends
 *       TaxonomyTerm} with a constructor {@code (UUID parentId, String code)} calling {@code
 *       super};
 *   <li>{@code interface ProductCategoryRepository extends JpaRepository<ProductCategory, UUID>,
 *       TermStore<ProductCategory> {}};
 *   <li>{@code @Service public class ProductCategories extends Taxonomy<ProductCategory>} naming
 *       the record type and returning {@code new ProductCategory(parentId, code)} from {@link
 *       io.pyra.platform.taxonomy.Taxonomy#newTerm newTerm} (and overriding {@code maxDepth},
 *       {@code usages} or a message key where it differs);
 *   <li>a web and a REST controller in {@code <module>/web} keeping its URLs: the pages use {@link
 *       io.pyra.platform.taxonomy.TaxonomyPage}, {@link io.pyra.platform.taxonomy.TermPages}, a
 *       {@link io.pyra.platform.taxonomy.TermForm} subclass with its parent field and the {@code
 *       fragments/taxonomy} templates; the API returns {@link io.pyra.platform.taxonomy.TermJson}
 *       and takes {@link io.pyra.platform.taxonomy.CreateTermRequest} and {@link
 *       io.pyra.platform.taxonomy.PatchTermRequest}. Its message keys ({@code <prefix>.list.title},
 *       {@code .new}, {@code .edit}, {@code .addBelow}, {@code .parent}, {@code .sortOrder}, {@code
 *       .saved}) go to the module's bundle; the rules' messages default to the platform's {@code
 *       taxonomy.*}.
 * </ol>
 */
package io.pyra.platform.taxonomy;
