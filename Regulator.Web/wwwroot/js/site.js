// Progressive enhancement only: every page works without this file. No inline script exists anywhere
// (the Content-Security-Policy forbids it), so behaviour is wired from data- attributes here.
(function () {
    'use strict';

    // ---- Charts -----------------------------------------------------------------------------------
    // ECharts is about 1 MB, so it is loaded on demand the first time a page contains a [data-chart]
    // element, rather than by a <script> on every page or in the Chart component: a tag rendered by the
    // circuit would not run, a loader here always does.
    var echartsPromise = null;

    function loadECharts() {
        if (window.echarts) return Promise.resolve(window.echarts);
        if (!echartsPromise) {
            echartsPromise = new Promise(function (resolve, reject) {
                var script = document.createElement('script');
                script.src = new URL('lib/echarts/echarts.min.js', document.baseURI).href;
                script.onload = function () { registerTheme(window.echarts); resolve(window.echarts); };
                script.onerror = function () { echartsPromise = null; reject(new Error('ECharts failed to load')); };
                document.head.appendChild(script);
            });
        }
        return echartsPromise;
    }

    // The portal's palette and CJK font stack for every chart, so pages pass data and not styling.
    function registerTheme(echarts) {
        echarts.registerTheme('regulator', {
            color: ['#2d5b8a', '#d08a2c', '#3f8f6b', '#b8322a', '#6c5a9c', '#4a9bb5', '#8c8c8c'],
            textStyle: { fontFamily: getComputedStyle(document.body).fontFamily }
        });
    }

    // A chart figure shows its data table until the chart is drawn; the table then stays for screen readers.
    function showChart(el, drawn) {
        el.hidden = !drawn;
        var fallback = el.parentElement && el.parentElement.querySelector('.chart-fallback');
        if (fallback) fallback.classList.toggle('visually-hidden', drawn);
    }

    function chartOption(el) {
        var option = JSON.parse(el.dataset.chart);
        // HTML tooltips carry style="" attributes the CSP refuses; rich-text tooltips draw on the canvas.
        if (option.tooltip) option.tooltip.renderMode = 'richText';
        return option;
    }

    function initCharts(root) {
        var elements = Array.prototype.slice.call(root.querySelectorAll('[data-chart]'));
        if (root.matches && root.matches('[data-chart]')) elements.push(root);
        if (elements.length === 0) return;
        elements.forEach(function (el) { showChart(el, true); });
        loadECharts().then(function (echarts) {
            elements.forEach(function (el) {
                if (echarts.getInstanceByDom(el)) return;
                echarts.init(el, 'regulator').setOption(chartOption(el));
            });
        }, function (error) {
            console.error(error);
            elements.forEach(function (el) { showChart(el, false); });
        });
    }

    function eachChart(root, action) {
        if (!window.echarts) return;
        root.querySelectorAll('[data-chart]').forEach(function (el) {
            var chart = window.echarts.getInstanceByDom(el);
            if (chart) action(chart);
        });
    }

    // Interactive pages render their content after the page has loaded (and again on every navigation inside the
    // circuit): once a chart is on screen they ask for it to be drawn.
    // A chart already drawn whose figures changed (the circuit re-rendered its data attribute) is redrawn with them.
    window.RegulatorCharts = {
        draw: function () {
            eachChart(document, function (c) { c.setOption(chartOption(c.getDom()), true); });
            initCharts(document);
        }
    };

    var resizeTimer;
    window.addEventListener('resize', function () {
        clearTimeout(resizeTimer);
        resizeTimer = setTimeout(function () { eachChart(document, function (c) { c.resize(); }); }, 150);
    });

    initCharts(document);
})();
