// jeugdregie: htmx sends the page's CSRF token with every request it makes (forms get it from
// Thymeleaf; htmx's own POSTs would otherwise be refused with 403)
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) event.detail.headers[header.content] = token.content;
});
