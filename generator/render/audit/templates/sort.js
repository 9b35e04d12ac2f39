// Sort a table by the column whose header button was pressed: ascending first, then descending; cells
// without a value stay last. Cells carry their value in data-v (numbers) or their text.
(function () {
  "use strict";
  var lang = document.documentElement.lang || undefined;
  function value(cell, numeric) {
    var v = cell.getAttribute("data-v");
    if (v === null || v === "") return null;
    return numeric ? parseFloat(v) : v;
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        var numeric = th.getAttribute("data-type") === "num";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = value(a.cells[col], numeric), y = value(b.cells[col], numeric);
          if (x === null || y === null) return x === y ? 0 : (x === null ? 1 : -1);
          var d = numeric ? x - y : String(x).localeCompare(String(y), lang, {numeric: true});
          return ascending ? d : -d;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
