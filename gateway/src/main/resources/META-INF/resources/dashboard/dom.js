// A tiny element builder: text always goes in as text, never as HTML.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'style') element.setAttribute('style', value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function select(id, label, options, chosen, onChange) {
  return h('label', { class: 'field', for: id }, h('span', {}, label),
    h('select', { id, name: id, onchange: event => onChange(event.target.value) },
      options.map(option => h('option', { value: option.value, selected: option.value === chosen }, option.label))));
}

export function message(text, kind = 'info', id) {
  return h('p', { class: `message ${kind}`, id }, text);
}
