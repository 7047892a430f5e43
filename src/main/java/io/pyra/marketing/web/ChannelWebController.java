package io.pyra.marketing.web;

import io.pyra.marketing.channel.Channel;
import io.pyra.marketing.channel.Channels;
import io.pyra.platform.error.Problems;
import io.pyra.platform.taxonomy.TaxonomyPage;
import io.pyra.platform.taxonomy.TermNode;
import io.pyra.platform.taxonomy.TermPages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The channels campaigns run on: seen by whoever reads campaigns, edited (names in both languages,
 * order, parent, active flag) with {@code campaign.write}.
 */
@Controller
@RequestMapping("/campaigns/channels")
class ChannelWebController {

  static final String PATH = "/campaigns/channels";

  static final TaxonomyPage PAGE =
      new TaxonomyPage(
          PATH,
          "channel",
          true,
          "channels",
          "new-channel",
          "channel-",
          "channel-form",
          "termForm",
          "parent",
          true,
          true,
          Channels.MAX_DEPTH);

  private final Channels terms;
  private final TermPages pages;
  private final Problems problems;

  ChannelWebController(Channels terms, TermPages pages, Problems problems) {
    this.terms = terms;
    this.pages = pages;
    this.problems = problems;
  }

  @GetMapping
  @PreAuthorize("hasAuthority('campaign.read')")
  String list(Model model) {
    model.addAttribute("page", PAGE);
    model.addAttribute("nodes", terms.nodes());
    return "marketing/channels/list";
  }

  @GetMapping("/new")
  @PreAuthorize("hasAuthority('campaign.write')")
  String createForm(@RequestParam(required = false) String parent, Model model, Locale locale) {
    ChannelForm form = new ChannelForm();
    form.setParent(parent);
    return edit(form, null, model, locale);
  }

  @PostMapping("/new")
  @PreAuthorize("hasAuthority('campaign.write')")
  String create(
      @Valid @ModelAttribute("termForm") ChannelForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return pages.save(
        result,
        locale,
        response,
        () -> {
          Channel term = terms.create(form.toCommand());
          redirect.addFlashAttribute(
              "success", problems.messageOf("channel.saved", locale, term.name(locale)));
          return "redirect:" + PATH;
        },
        () -> edit(form, null, model, locale));
  }

  @GetMapping("/{code}/edit")
  @PreAuthorize("hasAuthority('campaign.write')")
  String editForm(@PathVariable String code, Model model, Locale locale) {
    TermNode<Channel> node = terms.node(code);
    return edit(ChannelForm.of(node.term(), node.parentCode()), node.term(), model, locale);
  }

  @PostMapping("/{code}/edit")
  @PreAuthorize("hasAuthority('campaign.write')")
  String update(
      @PathVariable String code,
      @Valid @ModelAttribute("termForm") ChannelForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Channel term = terms.getByCode(code);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          Channel saved = terms.update(term.id(), form.toCommand());
          redirect.addFlashAttribute(
              "success", problems.messageOf("channel.saved", locale, saved.name(locale)));
          return "redirect:" + PATH;
        },
        () -> edit(form, term, model, locale));
  }

  private String edit(ChannelForm form, Channel term, Model model, Locale locale) {
    model.addAttribute("page", PAGE);
    model.addAttribute("termForm", form);
    model.addAttribute("term", term);
    List<List<String>> parents =
        terms.nodes().stream()
            .filter(n -> n.depth() == 0)
            .filter(n -> term == null || !n.term().id().equals(term.id()))
            .map(n -> List.of(n.term().code(), n.term().name(locale)))
            .toList();
    model.addAttribute("parentOptions", parents);
    return "marketing/channels/edit";
  }
}
