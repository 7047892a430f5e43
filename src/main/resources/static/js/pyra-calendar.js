// The calendar page (templates/scheduling/calendar.html): FullCalendar on the centre's clock. The times
// travel as local date-times of the centre (FullCalendar's UTC-coercion for a named zone without a plugin:
// a Date's UTC fields are the centre's wall clock); a move is sent as instants, with If-Match.
(function () {
  var el = document.getElementById("booking-calendar");
  if (!el || !window.FullCalendar) {
    return;
  }
  var d = el.dataset;
  var zone = d.zone;
  var mayBook = d.mayBook === "true";
  var message = document.getElementById("calendar-message");
  var parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit"
  });

  function show(kind, text) {
    message.className = "alert alert-" + kind;
    message.textContent = text;
    message.hidden = false;
  }
  function fill(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/\{(\d)\}/g, function (all, i) {
      return args[i] === undefined ? all : args[i];
    });
  }
  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }
  function day(date) {
    return date.getUTCFullYear() + "-" + pad(date.getUTCMonth() + 1) + "-" + pad(date.getUTCDate());
  }
  function time(date) {
    return pad(date.getUTCHours()) + ":" + pad(date.getUTCMinutes());
  }
  function wall(date) {
    return day(date) + "T" + time(date) + ":00";
  }
  // how far the centre's clock is ahead of UTC at the instant t (ms)
  function offsetAt(t) {
    var p = {};
    parts.formatToParts(new Date(t)).forEach(function (x) {
      p[x.type] = x.value;
    });
    var asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
    return asUtc - Math.floor(t / 1000) * 1000;
  }
  // a wall-clock Date of the centre as an instant (ISO, UTC)
  function instant(date) {
    var local = date.getTime();
    var t = local - offsetAt(local);
    t = local - offsetAt(t);
    return new Date(t).toISOString();
  }
  function onClock(iso) {
    var t = Date.parse(iso);
    return wall(new Date(t + offsetAt(t))).replace("T", " ").substring(0, 16);
  }
  function csrf(headers) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }
  function conflictText(problem) {
    var conflicts = problem.conflicts || [];
    var lines = conflicts.map(function (c) {
      return fill(d.msgConflict, c.resourceName, c.title, onClock(c.startsAt) + "–" + onClock(c.endsAt).substring(11));
    });
    if (!lines.length) {
      lines.push(problem.detail || d.msgFailed);
    }
    var free = (problem.freeResources || []).map(function (r) {
      return r.name;
    });
    if (free.length) {
      lines.push(fill(d.msgFreeResources, free.join(", ")));
    }
    var starts = (problem.nextFreeStarts || []).map(onClock);
    if (starts.length) {
      lines.push(fill(d.msgFreeStarts, starts.join(", ")));
    }
    return lines.join(" ");
  }
  function events(info, success, failure) {
    var url = d.eventsUrl + "?orgUnitId=" + encodeURIComponent(d.centre)
      + (d.resource ? "&resourceId=" + encodeURIComponent(d.resource) : "")
      + "&start=" + wall(info.start) + "&end=" + wall(info.end);
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (body) {
        var list = body.events.map(function (e) {
          var names = e.resources.map(function (r) {
            return r.name;
          }).join(", ");
          return {
            id: e.id, title: names ? e.title + " · " + names : e.title, start: e.start, end: e.end,
            editable: mayBook && e.purpose !== "EXTERNAL",
            classNames: ["booking-event", "booking-purpose-" + e.purpose.toLowerCase()],
            extendedProps: { version: e.version, bookingTitle: e.title }
          };
        });
        body.closures.forEach(function (c) {
          list.push({
            id: "closure-" + c.id, title: c.reason || d.labelClosure, start: c.start, end: c.end,
            display: "background", classNames: ["closure-event"]
          });
        });
        if (body.truncated) {
          show("warning", d.msgTruncated);
        }
        success(list);
      })
      .catch(function (error) {
        show("danger", d.msgLoadFailed);
        failure(error);
      });
  }
  var calendar;
  function move(info) {
    var event = info.event;
    var headers = csrf({
      "Content-Type": "application/json", Accept: "application/json",
      "If-Match": '"' + event.extendedProps.version + '"'
    });
    fetch(d.moveUrl + event.id + "/move", {
      method: "POST", credentials: "same-origin", headers: headers,
      body: JSON.stringify({ startsAt: instant(event.start), endsAt: instant(event.end) })
    })
      .then(function (response) {
        return response.json().catch(function () {
          return {};
        }).then(function (body) {
          return { status: response.status, body: body };
        });
      })
      .then(function (answer) {
        if (answer.status === 200) {
          event.setExtendedProp("version", answer.body.version);
          show("success", fill(d.msgMoved, event.extendedProps.bookingTitle,
            onClock(answer.body.startsAt) + "–" + onClock(answer.body.endsAt).substring(11)));
          return;
        }
        info.revert();
        if (answer.status === 409) {
          show("warning", conflictText(answer.body));
        } else if (answer.status === 412) {
          show("warning", d.msgStale);
          calendar.refetchEvents();
        } else {
          show("danger", answer.body.detail || d.msgFailed);
        }
      })
      .catch(function () {
        info.revert();
        show("danger", d.msgFailed);
      });
  }
  function book(info) {
    var start = info.start;
    var end = info.end;
    var from = info.allDay ? "09:00" : time(start);
    var to = info.allDay ? "10:00" : time(end);
    if (!info.allDay && day(start) !== day(end)) {
      to = "23:59";
    }
    var url = d.bookUrl + "?centreId=" + encodeURIComponent(d.centre) + "&date=" + day(start)
      + "&startTime=" + from + "&endTime=" + to + "&back=calendar";
    if (d.resource) {
      url += "&resourceIds=" + encodeURIComponent(d.resource)
        + "&calendarResourceId=" + encodeURIComponent(d.resource);
    }
    window.location.assign(url);
  }
  var zhCn = {
    code: "zh-cn",
    week: { dow: 1, doy: 4 },
    buttonText: { today: d.labelToday, day: d.labelDay, week: d.labelWeek, month: d.labelMonth },
    allDayText: d.labelAllDay,
    moreLinkText: function (n) {
      return fill(d.labelMore, n);
    }
  };
  calendar = new FullCalendar.Calendar(el, {
    locales: [zhCn],
    locale: d.locale === "zh-cn" ? "zh-cn" : "en",
    firstDay: 1,
    timeZone: zone,
    now: function () {
      var t = Date.now();
      return wall(new Date(t + offsetAt(t)));
    },
    initialView: d.view,
    initialDate: d.date,
    headerToolbar: { left: "prev,next today", center: "title", right: "timeGridDay,timeGridWeek,dayGridMonth" },
    buttonText: { today: d.labelToday, day: d.labelDay, week: d.labelWeek, month: d.labelMonth },
    allDayText: d.labelAllDay,
    slotDuration: "00:30:00",
    scrollTime: "08:00:00",
    height: "auto",
    nowIndicator: true,
    eventTimeFormat: { hour: "2-digit", minute: "2-digit", hour12: false },
    slotLabelFormat: { hour: "2-digit", minute: "2-digit", hour12: false },
    editable: mayBook,
    eventDurationEditable: mayBook,
    selectable: mayBook,
    selectMirror: true,
    events: events,
    eventDrop: move,
    eventResize: move,
    select: book,
    eventDidMount: function (info) {
      if (info.event.display !== "background") {
        info.el.setAttribute("data-booking-id", info.event.id);
      }
    },
    eventClick: function (info) {
      if (info.event.display !== "background") {
        info.jsEvent.preventDefault();
        window.location.assign(d.bookingUrl + info.event.id);
      }
    },
    datesSet: function (info) {
      var view = document.querySelector('#calendar-choice input[name="view"]');
      var date = document.querySelector('#calendar-choice input[name="date"]');
      if (view && date) {
        view.value = info.view.type;
        date.value = day(calendar ? calendar.getDate() : info.start);
      }
    }
  });
  calendar.render();
})();
