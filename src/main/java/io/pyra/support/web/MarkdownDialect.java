package io.pyra.support.web;

import io.pyra.support.knowledge.ArticleMarkdown;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code pyra:markdown="${text}"} writes an article's Markdown as HTML into its element: the one
 * unescaped output of the pages, and only ever what {@link ArticleMarkdown} renders (raw HTML
 * escaped, unsafe links dropped; tested there), so that no template needs {@code th:utext}.
 */
@Component
class MarkdownDialect extends AbstractProcessorDialect {

  MarkdownDialect() {
    super("Pyra Markdown", "pyra", StandardDialect.PROCESSOR_PRECEDENCE);
  }

  @Override
  public Set<IProcessor> getProcessors(String prefix) {
    return Set.of(new MarkdownProcessor(prefix));
  }

  private static final class MarkdownProcessor extends AbstractAttributeTagProcessor {

    MarkdownProcessor(String prefix) {
      super(
          TemplateMode.HTML,
          prefix,
          null,
          false,
          "markdown",
          true,
          StandardDialect.PROCESSOR_PRECEDENCE,
          true);
    }

    @Override
    protected void doProcess(
        ITemplateContext context,
        IProcessableElementTag tag,
        AttributeName attributeName,
        String attributeValue,
        IElementTagStructureHandler structureHandler) {
      Object text =
          StandardExpressions.getExpressionParser(context.getConfiguration())
              .parseExpression(context, attributeValue)
              .execute(context);
      structureHandler.setBody(ArticleMarkdown.html(text == null ? "" : text.toString()), false);
    }
  }
}
