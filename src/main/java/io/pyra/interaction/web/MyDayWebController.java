package io.pyra.interaction.web;

import io.pyra.interaction.myday.MyDay;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The user's day (today's and overdue tasks, customers to contact, news): the start page after
 * sign-in ({@code /}, see {@code io.pyra.platform.web.Home}) of everyone without a home page of
 * their own, and in everyone's sidebar.
 */
@Controller
class MyDayWebController {

  private final MyDay myDay;

  MyDayWebController(MyDay myDay) {
    this.myDay = myDay;
  }

  @GetMapping("/my-day")
  String myDay(Model model) {
    MyDay.Agenda agenda = myDay.agenda();
    model.addAttribute("agenda", agenda);
    model.addAttribute("zone", agenda.day().zone());
    model.addAttribute("now", agenda.now());
    model.addAttribute("me", agenda.me());
    model.addAttribute("tiers", agenda.tiers());
    model.addAttribute("grades", agenda.grades());
    return "interaction/my-day/view";
  }
}
