// Pyra's charts: every element with a data-chart attribute (JSON written by io.pyra.platform.web.Chart)
// is drawn with ECharts, on load and after every htmx swap, and redrawn to its width when the window
// changes size. No inline script and no inline style attribute, so the Content-Security-Policy
// stays strict: tooltips are drawn on the canvas (renderMode "richText"), not as HTML.
(function () {
  var COLORS = ["#0d6efd", "#adb5bd", "#198754", "#fd7e14", "#6f42c1", "#dc3545", "#20c997", "#ffc107"];
  var ROW = 26;

  // A pyramid: the categories from the top down as bands of a fixed pyramid (each wider than the one
  // above, whatever its value), each labelled with its value
  function pyramid(chart) {
    var n = chart.categories.length;
    return {
      animation: false,
      color: COLORS,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: {
        trigger: "item",
        renderMode: "richText",
        formatter: function (p) { return p.name + ": " + p.data.count; }
      },
      series: [{
        name: chart.series[0].name,
        type: "funnel",
        sort: "ascending",
        left: "10%",
        width: "80%",
        top: 8,
        bottom: 8,
        min: 0,
        max: n,
        minSize: "16%",
        gap: 2,
        label: {
          show: true,
          position: "inside",
          formatter: function (p) { return p.name + ": " + p.data.count; }
        },
        data: chart.categories.map(function (c, i) {
          return { name: c, value: i + 1, count: chart.series[0].values[i] };
        })
      }]
    };
  }

  // A funnel: the categories from the top down, each band as wide as its value (steps of a funnel)
  function funnel(chart) {
    var max = Math.max.apply(null, [1].concat(chart.series[0].values));
    return {
      animation: false,
      color: COLORS,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: { trigger: "item", renderMode: "richText", formatter: "{b}: {c}" },
      series: [{
        name: chart.series[0].name,
        type: "funnel",
        sort: "none",
        left: "10%",
        width: "80%",
        top: 8,
        bottom: 8,
        min: 0,
        max: max,
        minSize: "4%",
        gap: 2,
        label: { show: true, position: "inside", formatter: "{b}: {c}" },
        data: chart.categories.map(function (c, i) {
          return { name: c, value: chart.series[0].values[i] };
        })
      }]
    };
  }

  // A heatmap: a row per series, a column per category, each cell shaded by its value and labelled
  function heatmap(chart) {
    var data = [];
    var max = 0;
    chart.series.forEach(function (s, y) {
      s.values.forEach(function (v, x) {
        data.push([x, y, v]);
        max = Math.max(max, v);
      });
    });
    return {
      animation: false,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: {
        trigger: "item",
        renderMode: "richText",
        formatter: function (p) {
          return chart.series[p.value[1]].name + " → " + chart.categories[p.value[0]] + ": " + p.value[2];
        }
      },
      grid: { left: 8, right: 16, top: 8, bottom: 44, containLabel: true },
      xAxis: { type: "category", data: chart.categories, splitArea: { show: true } },
      yAxis: { type: "category", data: chart.series.map(function (s) { return s.name; }), inverse: true, splitArea: { show: true } },
      visualMap: {
        min: 0, max: Math.max(1, max), orient: "horizontal", left: "center", bottom: 0,
        itemHeight: 120, inRange: { color: ["#f8f9fa", "#0d6efd"] }
      },
      series: [{ type: "heatmap", data: data, label: { show: true } }]
    };
  }

  // A click on a heatmap's cell opens the element's data-chart-href with {row} and {column} filled in
  function linkCells(element, instance) {
    var href = element.getAttribute("data-chart-href");
    if (!href) {
      return;
    }
    var rows = JSON.parse(element.getAttribute("data-chart-rows") || "[]");
    var columns = JSON.parse(element.getAttribute("data-chart-columns") || "[]");
    instance.off("click");
    instance.on("click", function (p) {
      if (!p.value || rows[p.value[1]] === undefined || columns[p.value[0]] === undefined) {
        return;
      }
      window.location.assign(href
        .replace("{row}", encodeURIComponent(rows[p.value[1]]))
        .replace("{column}", encodeURIComponent(columns[p.value[0]])));
    });
  }

  function option(element, chart) {
    if (chart.kind === "pyramid") {
      return pyramid(chart);
    }
    if (chart.kind === "funnel") {
      return funnel(chart);
    }
    if (chart.kind === "heatmap") {
      return heatmap(chart);
    }
    var horizontal = chart.kind === "bar";
    var width = element.clientWidth || 300;
    var categoryAxis = {
      type: "category",
      data: chart.categories,
      axisTick: { alignWithLabel: true },
      axisLabel: horizontal
        ? { width: Math.max(72, Math.round(width * 0.38)), overflow: "truncate" }
        : { hideOverlap: true, interval: 0, rotate: width < 420 && chart.categories.length > 4 ? 40 : 0 }
    };
    if (horizontal) {
      categoryAxis.inverse = true;
    }
    var valueAxis = { type: "value", minInterval: 1 };
    var several = chart.series.length > 1;
    return {
      animation: false,
      color: COLORS,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      // containLabel leaves the labels their room; a little more on the left, where ECharts' measure
      // of a label can fall a few pixels short of the drawn text
      grid: { left: horizontal ? 16 : 8, right: 24, top: several ? 32 : 12, bottom: 8, containLabel: true },
      legend: several ? { top: 0, data: chart.series.map(function (s) { return s.name; }) } : undefined,
      tooltip: { trigger: "axis", renderMode: "richText", axisPointer: { type: "shadow" } },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: chart.series.map(function (s) {
        return {
          name: s.name,
          type: chart.kind === "line" ? "line" : "bar",
          data: s.values,
          barMaxWidth: 28,
          label: horizontal && !several ? { show: true, position: "right" } : { show: false }
        };
      })
    };
  }

  function draw(element) {
    if (typeof echarts === "undefined") {
      return;
    }
    var chart;
    try {
      chart = JSON.parse(element.getAttribute("data-chart"));
    } catch (e) {
      return;
    }
    if (chart.kind === "bar") {
      var rows = chart.categories.length * Math.max(1, chart.series.length);
      element.style.height = Math.max(120, rows * ROW + 40) + "px";
    }
    var instance = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: "canvas" });
    instance.setOption(option(element, chart), true);
    if (chart.kind === "heatmap") {
      linkCells(element, instance);
    }
    element.setAttribute("data-chart-drawn", "true");
  }

  function drawAll(root) {
    var scope = root && root.querySelectorAll ? root : document;
    if (scope.matches && scope.matches("[data-chart]")) {
      draw(scope);
    }
    scope.querySelectorAll("[data-chart]").forEach(draw);
  }

  function resizeAll() {
    if (typeof echarts === "undefined") {
      return;
    }
    document.querySelectorAll("[data-chart]").forEach(function (element) {
      var instance = echarts.getInstanceByDom(element);
      if (instance) {
        instance.resize();
      }
    });
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    // charts about to be replaced let go of their canvas
    var target = event.detail && event.detail.target;
    if (target && typeof echarts !== "undefined") {
      target.querySelectorAll("[data-chart]").forEach(function (element) {
        var instance = echarts.getInstanceByDom(element);
        if (instance) {
          instance.dispose();
        }
      });
    }
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    drawAll(event.detail && event.detail.elt);
  });
  var pending;
  window.addEventListener("resize", function () {
    window.clearTimeout(pending);
    pending = window.setTimeout(resizeAll, 100);
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () {
      drawAll(document);
    });
  } else {
    drawAll(document);
  }
})();
