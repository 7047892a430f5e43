package io.pyra.interaction.web;

import io.pyra.interaction.myday.MyDay;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in: the user's day (today's and overdue tasks, customers to contact,
 * news).
 */
@Controller
class MyDayWebController {

  private final MyDay myDay;

  MyDayWebController(MyDay myDay) {
    this.myDay = myDay;
  }

  @GetMapping({"/", "/my-day"})
  String myDay(Model model) {
    MyDay.Agenda agenda = myDay.agenda();
    model.addAttribute("agenda", agenda);
    model.addAttribute("zone", agenda.day().zone());
    model.addAttribute("now", agenda.now());
    model.addAttribute("me", agenda.me());
    return "interaction/my-day/view";
  }
}
