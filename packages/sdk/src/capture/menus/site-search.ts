/** A search form: `role=search`, inside a `search` element, or with a search-type/named input. */
export const isSearchForm = (form: Element): boolean =>
  form.matches('[role=search],search *') ||
  !!form.querySelector(
    'input[type=search],[role=searchbox],input[name=q],input[name=query],input[name*=search],input[name*=keyword],input[name*=srch]',
  );
