package io.pyra.platform.taxonomy;

import io.pyra.platform.web.ETags;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;

/**
 * What every taxonomy's REST controller answers, addressed by code under {@code basePath}: the
 * tree, one term (with its ETag), a new term (201 with its location), a change and a deletion (both
 * with {@code If-Match}: 428 without, 412 when stale). The module's controller keeps its mappings
 * and permissions and hands each request here.
 */
public final class TermEndpoints<T extends TaxonomyTerm> {

  private final Taxonomy<T> terms;
  private final String basePath;
  private final String recordName;

  /**
   * @param recordName how the record is named in a refusal of a missing {@code If-Match} ("root
   *     cause")
   */
  public TermEndpoints(Taxonomy<T> terms, String basePath, String recordName) {
    this.terms = terms;
    this.basePath = basePath;
    this.recordName = recordName;
  }

  public List<TermJson> list() {
    return terms.nodes().stream().map(TermJson::of).toList();
  }

  public ResponseEntity<TermJson> get(String code) {
    TermJson json = TermJson.of(terms.node(code));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  public ResponseEntity<TermJson> create(CreateTermRequest request) {
    T term = terms.create(request.command());
    TermJson json = TermJson.of(terms.node(term.code()));
    return ResponseEntity.created(URI.create(basePath + "/" + json.code()))
        .eTag(ETags.of(json.version()))
        .body(json);
  }

  public ResponseEntity<TermJson> patch(String code, String ifMatch, PatchTermRequest request) {
    TermNode<T> current = terms.node(code);
    long version = ETags.required(ifMatch, recordName);
    T saved = terms.update(current.term().id(), request.command(current, version));
    TermJson json = TermJson.of(terms.node(saved.code()));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  public ResponseEntity<Void> delete(String code, String ifMatch) {
    T term = terms.getByCode(code);
    terms.delete(term.id(), ETags.required(ifMatch, recordName));
    return ResponseEntity.noContent().build();
  }
}
