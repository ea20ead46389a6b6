// Starts GraphiQL on the page served at GET /graphql. It is a file of its own, not an inline
// script, so that the page's Content-Security-Policy can allow scripts from 'self' only.
// The endpoint comes from the page (data-endpoint) so a path base is respected.
(function () {
  var root = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({
    url: root.getAttribute('data-endpoint'),
    // We do not serve @defer/@stream, so plain JSON requests are enough.
    enableIncrementalDelivery: false,
  });
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      defaultQuery: '# Welcome to the Landscape API.\n{\n  products(first: 5) {\n    totalCount\n    nodes { name layer organization { name } }\n  }\n}\n',
    }),
  );
})();
