// htmx requests carry the CSRF token of the page, like ordinary form posts.
document.addEventListener("htmx:configRequest", function (event) {
  // A button that adds a row says which container it adds to; the new row's index comes from there.
  // (Computed here rather than in hx-vals "js:", which the content security policy forbids.)
  var container = event.detail.elt.getAttribute("data-index-of");
  if (container) {
    event.detail.parameters["index"] = defensorNextIndex(container);
  }
  var token = document.querySelector("meta[name=_csrf]");
  var header = document.querySelector("meta[name=_csrf_header]");
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// A "remove" button deletes the block it belongs to (an act, a proceeding, a decision, a perpetrator).
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-remove]");
  if (button) {
    button.closest(button.getAttribute("data-remove")).remove();
  }
});
// The index for a new row of a repeated block: one more than the highest in the container, so
// removing a row never makes two rows share an index.
function defensorNextIndex(selector) {
  var max = -1;
  document.querySelectorAll(selector + " > [data-index]").forEach(function (row) {
    max = Math.max(max, parseInt(row.getAttribute("data-index"), 10));
  });
  return max + 1;
}
