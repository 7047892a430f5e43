package io.pyra.support.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How text becomes terms: the same for articles and queries, in English and in Chinese. */
class ArticleTermsTests {

  @Test
  void englishWordsAreLowerCasedWithoutStopWordsAndWithTheirEndingsCut() {
    assertThat(ArticleTerms.terms("How to REQUEST a Refund: refunds, refunded!", false))
        .containsExactly("request", "refund", "refund", "refund");
    assertThat(ArticleTerms.terms("Policies and classes", false))
        .containsExactly("policy", "class");
  }

  @Test
  void chineseTextBecomesCharacterPairsAndAnArticleKeepsSingleCharactersToo() {
    assertThat(ArticleTerms.terms("如何申请退款", false)).containsExactly("如何", "何申", "申请", "请退", "退款");
    assertThat(ArticleTerms.terms("退款", true)).containsExactly("退", "款", "退款");
    assertThat(ArticleTerms.query("退", 10)).containsExactly("退");
  }

  @Test
  void mixedTextSplitsBetweenScriptsAndFullWidthFormsAreFolded() {
    assertThat(ArticleTerms.terms("ＶＩＰ会员refund政策", false))
        .containsExactly("vip", "会员", "refund", "政策");
  }

  @Test
  void aTitleWordWeighsMoreThanTheSameWordTenTimesInTheBody() {
    Map<String, Integer> title = ArticleTerms.weights("Refund", List.of(), "nothing");
    Map<String, Integer> body =
        ArticleTerms.weights("Other", List.of(), "refund ".repeat(10).strip());
    assertThat(title.get("refund")).isEqualTo(ArticleTerms.TITLE_WEIGHT);
    assertThat(body.get("refund")).isEqualTo(10 * ArticleTerms.BODY_WEIGHT);
    assertThat(title.get("refund")).isGreaterThan(body.get("refund"));
  }

  @Test
  void anArticleKeepsAtMostItsHeaviestTerms() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < ArticleTerms.MAX_TERMS_PER_ARTICLE + 500; i++) {
      body.append("w").append(i).append(' ');
    }
    Map<String, Integer> weights = ArticleTerms.weights("Kept title", List.of(), body.toString());
    assertThat(weights).hasSize(ArticleTerms.MAX_TERMS_PER_ARTICLE).containsKey("kept");
  }
}
