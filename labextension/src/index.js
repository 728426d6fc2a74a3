// Hielspoor: show the book's citations in JupyterLab (the browser half of hielspoor.lab).
//
// jupyterlab-myst renders {cite:p}`key` as a warning with the bare key, because it cannot
// read book/references.bib. This plugin asks the course's server extension
// (GET <base>hielspoor/bronnen?pad=<notebook>) for the same text the book shows, made by
// the book's own styles (hielspoor/citations.py), and puts it in place of the warning:
// "[Hicks, 1954]" with the full reference on hover, and the chapter's sources in a list
// under the last cell. Nothing here asks any other host.

const UNRESOLVED = '[title="Citation Not Found"]';
const GROUP = '.cite-group';
const ROLE_BY_CLASS = { parenthetical: 'p', narrative: 't' };
const LIST_CLASS = 'hs-bronnen';

function pageConfig() {
  const element = document.getElementById('jupyter-config-data');
  return element ? JSON.parse(element.textContent || '{}') : {};
}

function serverUrl(query) {
  const config = pageConfig();
  const base = (config.baseUrl || '/').replace(/\/?$/, '/');
  return `${base}hielspoor/bronnen?${query}`;
}

async function getJson(query) {
  const config = pageConfig();
  const headers = config.token ? { Authorization: `token ${config.token}` } : {};
  const response = await fetch(serverUrl(query), { credentials: 'same-origin', headers });
  if (!response.ok) {
    throw new Error(`hielspoor-bronnen: ${response.status} ${await response.text()}`);
  }
  return response.json();
}

/** The citation a group of warnings stands for: "p:key1,key2" (see hielspoor.citations). */
function citationId(group) {
  const role = Object.keys(ROLE_BY_CLASS).find(name => group.classList.contains(name));
  const keys = [...group.querySelectorAll(UNRESOLVED)].map(span => span.textContent.trim());
  return role && keys.length ? `${ROLE_BY_CLASS[role]}:${keys.join(',')}` : null;
}

/** One notebook panel: its citations and sources, fetched once (again for a new citation). */
class NotebookSources {
  constructor(panelNode, path) {
    this.panelNode = panelNode;
    this.path = path;
    this.answer = { citations: {}, sources: [] };
    this.asked = new Set();
    this.extra = new Set(); // citations typed since the notebook was saved
    this.loaded = false;
  }

  async load(extraIds) {
    const query = new URLSearchParams({ pad: this.path });
    extraIds.forEach(id => this.extra.add(id));
    this.extra.forEach(id => query.append('verwijzing', id)); // the new answer keeps them
    extraIds.forEach(id => this.asked.add(id));
    this.loaded = true; // asked once: a failure or an unknown key is not asked again
    this.answer = await getJson(query.toString());
    Object.keys(this.answer.citations).forEach(id => this.asked.add(id));
  }

  /** Resolve every unresolved group in this panel; fetch first if one is new. */
  async update() {
    const groups = [...this.panelNode.querySelectorAll(GROUP)].filter(group =>
      group.querySelector(`:scope > ${UNRESOLVED}:not([hidden])`)
    );
    const ids = groups.map(citationId).filter(Boolean);
    const unknown = ids.filter(id => !this.asked.has(id));
    if (unknown.length || !this.loaded) {
      await this.load(unknown);
    }
    groups.forEach(group => this.resolve(group));
    this.showList();
  }

  resolve(group) {
    const id = citationId(group);
    const html = id && this.answer.citations[id];
    if (!html) {
      return; // an unknown key stays a warning, as the book build fails on it
    }
    [...group.children].forEach(child => {
      if (!child.classList.contains('hs-verwijzing')) {
        child.hidden = true; // jupyterlab-myst's own nodes stay in place (React owns them)
      }
    });
    let shown = group.querySelector(':scope > .hs-verwijzing');
    if (!shown) {
      shown = document.createElement('span');
      shown.className = 'hs-verwijzing';
      group.appendChild(shown);
    }
    if (shown.dataset.citation !== id) {
      shown.innerHTML = html;
      shown.dataset.citation = id;
    }
  }

  showList() {
    const outer = this.panelNode.querySelector('.jp-WindowedPanel-outer');
    const sources = this.answer.sources;
    if (!outer || !sources.length) {
      return;
    }
    let list = outer.querySelector(`:scope > .${LIST_CLASS}`);
    const signature = sources.map(source => source.key).join(',');
    if (list && list.dataset.keys === signature) {
      return;
    }
    if (!list) {
      list = document.createElement('section');
      list.className = `${LIST_CLASS} jp-RenderedHTMLCommon`;
      list.setAttribute('aria-label', 'Bronnen');
      const footer = outer.querySelector(':scope > .jp-Notebook-footer');
      outer.insertBefore(list, footer);
    }
    list.dataset.keys = signature;
    list.innerHTML = '<h2>Bronnen</h2><ul></ul>';
    const items = list.querySelector('ul');
    sources.forEach(source => {
      const item = document.createElement('li');
      item.id = `hs-bron-${source.key}`;
      item.innerHTML = source.html;
      items.appendChild(item);
    });
  }
}

/**
 * Scroll the source into view and highlight it. Cells above it get their real height only
 * when they come into view (JupyterLab's content-visibility), which pushes the source away
 * again: scroll until it has stayed in view for a few frames (at most two seconds).
 */
function scrollToSource(target) {
  const view = target.closest('.jp-WindowedPanel-outer');
  let steady = 0;
  let frames = 0;
  const step = () => {
    const box = target.getBoundingClientRect();
    const area = view.getBoundingClientRect();
    const inView = box.top >= area.top && box.bottom <= area.bottom;
    steady = inView ? steady + 1 : 0;
    if (!inView) {
      target.scrollIntoView({ block: 'center' });
    }
    if (steady < 5 && ++frames < 120) {
      requestAnimationFrame(step);
    }
  };
  // Highlighted by style/index.css; not focused, as the notebook would then scroll back to
  // its active cell.
  view.querySelectorAll('.hs-gekozen').forEach(item => item.classList.remove('hs-gekozen'));
  target.classList.add('hs-gekozen');
  target.scrollIntoView({ block: 'center' });
  requestAnimationFrame(step);
}

function activate(app) {
  const byPanel = new WeakMap();
  let scheduled = false;

  function panelFor(node) {
    const panelNode = node.closest('.jp-NotebookPanel');
    if (!panelNode) {
      return null;
    }
    if (!byPanel.has(panelNode)) {
      const widget = [...app.shell.widgets('main')].find(w => w.node === panelNode);
      const path = widget && widget.context && widget.context.path;
      if (!path) {
        return null;
      }
      byPanel.set(panelNode, new NotebookSources(panelNode, path));
    }
    return byPanel.get(panelNode);
  }

  function updateAll() {
    scheduled = false;
    const panels = new Set(
      [...document.querySelectorAll(`${GROUP} > ${UNRESOLVED}:not([hidden])`)]
        .map(panelFor)
        .filter(Boolean)
    );
    panels.forEach(panel => panel.update().catch(error => console.warn(error)));
  }

  // Cells render one by one (and again after an edit): look after each batch of changes.
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(updateAll);
    }
  }).observe(document.body, { childList: true, subtree: true });

  // Clicking a citation scrolls to its source in the list (the book links to its Bronnen).
  const linkOf = event =>
    event.target.closest && event.target.closest('.hs-verwijzing a[href^="#hs-bron-"]');
  // The notebook would make the clicked cell active and scroll back to it: not for a link.
  ['mousedown', 'focusin'].forEach(type =>
    document.addEventListener(type, event => linkOf(event) && event.stopPropagation(), true)
  );
  document.addEventListener('click', event => {
    const link = linkOf(event);
    if (!link) {
      return;
    }
    const panelNode = link.closest('.jp-NotebookPanel');
    const target = panelNode && panelNode.querySelector(link.getAttribute('href'));
    if (target) {
      event.preventDefault();
      scrollToSource(target);
    }
  });
}

export default {
  id: 'hielspoor-bronnen:plugin',
  description: 'Citations as in the book (author-year, source on hover, sources list).',
  autoStart: true,
  activate
};
