// The opportunity board: drag a card onto another stage's column to move it there (posted with the
// card's own "move to" form, CSRF token included); a lost stage first asks for the reason and the
// competitor in a dialog. Without a script each card's "move to" form does the same.
(function () {
  var board = document.querySelector("[data-board]");
  if (!board) {
    return;
  }
  var dialog = document.getElementById("lost-dialog");
  var lostForm = document.querySelector("[data-lost-form]");
  var dragged = null;

  function moveForm(card) {
    return card ? card.querySelector("[data-board-move]") : null;
  }

  function show(html) {
    var page = new DOMParser().parseFromString(html, "text/html");
    var main = page.querySelector("main");
    if (main) {
      document.querySelector("main").replaceWith(main);
    }
  }

  function post(form) {
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin",
      headers: { Accept: "text/html" }
    })
      .then(function (response) {
        if (response.redirected) {
          window.location.assign(response.url);
          return null;
        }
        return response.text().then(show);
      })
      .catch(function () {
        form.submit();
      });
  }

  function askLost(form, stage) {
    if (!dialog || !lostForm) {
      form.submit();
      return;
    }
    lostForm.setAttribute("action", form.getAttribute("action"));
    lostForm.elements.stage.value = stage;
    lostForm.elements.lostReason.value = "";
    lostForm.elements.competitor.value = "";
    dialog.showModal();
    lostForm.elements.lostReason.focus();
  }

  function move(card, stage, outcome) {
    var form = moveForm(card);
    if (!form || card.getAttribute("data-stage") === stage) {
      return;
    }
    if (outcome === "LOST") {
      askLost(form, stage);
      return;
    }
    form.elements.stage.value = stage;
    post(form);
  }

  board.addEventListener("dragstart", function (event) {
    var card = event.target.closest && event.target.closest("[data-board-card]");
    if (!card || card.getAttribute("draggable") !== "true") {
      return;
    }
    dragged = card;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.getAttribute("data-opportunity"));
    card.classList.add("opacity-50");
  });
  board.addEventListener("dragend", function () {
    if (dragged) {
      dragged.classList.remove("opacity-50");
    }
    board.querySelectorAll("[data-board-column] > .card").forEach(function (c) {
      c.classList.remove("border-primary");
    });
  });
  board.addEventListener("dragover", function (event) {
    var column = event.target.closest && event.target.closest("[data-board-column]");
    if (column && dragged) {
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      column.firstElementChild.classList.add("border-primary");
    }
  });
  board.addEventListener("dragleave", function (event) {
    var column = event.target.closest && event.target.closest("[data-board-column]");
    if (column && !column.contains(event.relatedTarget)) {
      column.firstElementChild.classList.remove("border-primary");
    }
  });
  board.addEventListener("drop", function (event) {
    var column = event.target.closest && event.target.closest("[data-board-column]");
    if (!column || !dragged) {
      return;
    }
    event.preventDefault();
    column.firstElementChild.classList.remove("border-primary");
    var card = dragged;
    dragged = null;
    card.classList.remove("opacity-50");
    move(card, column.getAttribute("data-stage"), column.getAttribute("data-outcome"));
  });
  // the keyboard way: a card's "move to" form, which asks for the reason too when the stage is lost
  board.addEventListener("submit", function (event) {
    var form = event.target.closest("[data-board-move]");
    if (!form) {
      return;
    }
    event.preventDefault();
    var select = form.elements.stage;
    var option = select.options[select.selectedIndex];
    move(form.closest("[data-board-card]"), select.value, option.getAttribute("data-outcome"));
  });
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-lost-cancel]") && dialog) {
      dialog.close();
    }
  });
})();
