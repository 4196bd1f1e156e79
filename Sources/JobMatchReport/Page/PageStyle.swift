/// The page's style sheet, inline in its `<head>`.
///
/// Fonts are the reader's own: a CJK sans-serif from the system (Microsoft
/// YaHei on an office PC, PingFang on a Mac, Noto Sans CJK on Linux), so the
/// file needs no font of its own. In print, backgrounds go, flagged rows keep
/// a bar and their ▲ mark, and a chart stays on one page with its legend.
/// The sheet holds no `<`, `&` or `]]>`, so it is valid as XML text.
enum PageStyle {
    /// The CSS.
    static let css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body {
          margin: 0; color: #1a1a1a; background: #ffffff; line-height: 1.55; font-size: 16px;
          font-family: system-ui, -apple-system, "Segoe UI", "Microsoft YaHei", "PingFang SC",
            "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
        }
        header.page, nav.toc, main { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
        header.page { padding-top: 28px; padding-bottom: 12px; border-bottom: 3px solid #0072B2; }
        h1 { font-size: 1.75rem; line-height: 1.3; margin: 0 0 0.4em; }
        h2 { font-size: 1.4rem; line-height: 1.3; margin: 2.2em 0 0.6em; padding-bottom: 0.2em; border-bottom: 1px solid #c8c8c8; }
        h3 { font-size: 1.1rem; margin: 1.6em 0 0.4em; }
        .en { color: #4a4a4a; font-weight: normal; }
        h1 .en, h2 .en, h3 .en, figcaption .en { font-size: 0.85em; }
        p { margin: 0.5em 0; max-width: 46em; }
        .run { color: #4a4a4a; font-size: 0.92rem; }
        .run dt { font-weight: 600; display: inline; }
        .run dd { display: inline; margin: 0 1.2em 0 0.3em; }
        nav.toc { margin-top: 1em; }
        nav.toc h2 { font-size: 1.1rem; margin: 0.6em 0 0.3em; border: none; }
        nav.toc ol { columns: 2; column-gap: 2em; margin: 0; padding-left: 1.4em; }
        nav.toc li { margin: 0.15em 0; break-inside: avoid; }
        a { color: #005a8e; }
        dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 0.6em; margin: 1em 0; }
        dl.figures div {
          border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5em 0.8em;
          display: flex; flex-direction: column; justify-content: space-between;
        }
        dl.figures dt { font-size: 0.88rem; color: #333333; }
        dl.figures dd { margin: 0.1em 0 0; font-size: 1.5rem; font-weight: 600; font-variant-numeric: tabular-nums; }
        figure.chart { margin: 1.6em 0 2em; }
        figcaption { font-weight: 600; font-size: 1.05rem; margin-bottom: 0.3em; }
        svg.chart { display: block; width: 100%; height: auto; max-width: 640px; }
        svg.chart text { font-size: 15.5px; fill: #1a1a1a; }
        svg.chart .tick, svg.chart .value, svg.chart .axis-title { font-size: 14px; fill: #3a3a3a; }
        svg.chart .detail { font-size: 13px; fill: #4a4a4a; }
        svg.chart .reference-label { font-size: 14px; font-weight: 600; }
        svg.chart .place { font-size: 15.5px; font-weight: 600; }
        svg.chart .halo { paint-order: stroke; stroke: #ffffff; stroke-width: 4px; stroke-linejoin: round; }
        svg.chart .grid { stroke: #e2e2e2; stroke-width: 1; }
        svg.chart .axis { stroke: #555555; stroke-width: 1.2; }
        svg.chart .reference { stroke: #1a1a1a; stroke-width: 1.6; stroke-dasharray: 6 4; }
        svg.chart .frame { fill: none; stroke: #9a9a9a; }
        svg .post { fill: #222222; stroke: #ffffff; stroke-width: 0.8; }
        svg .hard { fill: #C0392B; stroke: #ffffff; stroke-width: 1; }
        svg .centre { fill: #ffffff; stroke: #1a1a1a; stroke-width: 2; }
        svg .north polygon { fill: #1a1a1a; }
        ul.legend { list-style: none; padding: 0; margin: 0.2em 0 0.5em; display: flex; flex-wrap: wrap; gap: 0.2em 1.3em; font-size: 0.9rem; }
        svg.swatch { width: 14px; height: 14px; vertical-align: -2px; margin-right: 0.35em; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92rem; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding-bottom: 0.3em; }
        th, td { border-bottom: 1px solid #d5d5d5; padding: 0.3em 0.7em; text-align: left; vertical-align: top; }
        thead th { background: #eef1f5; border-bottom: 2px solid #8a8a8a; font-weight: 600; }
        tbody th { font-weight: normal; }
        .num { text-align: right; white-space: nowrap; }
        tr.flagged th, tr.flagged td { background: #fbe4e1; font-weight: 600; }
        tr.flagged th { box-shadow: inset 4px 0 0 #C0392B; }
        ul.binding { list-style: none; margin: 0; padding: 0; }
        ul.binding li { white-space: nowrap; }
        thead th .en { display: block; font-size: 0.92em; }
        tbody th { min-width: 7em; }
        p.empty { color: #333333; border-left: 4px solid #b0b0b0; padding: 0.4em 0.9em; background: #f6f6f6; }
        p.note { font-size: 0.92rem; color: #333333; }
        @media (max-width: 640px) {
          body { font-size: 15px; }
          header.page, nav.toc, main { padding: 0 12px; }
          header.page { padding-top: 16px; padding-bottom: 10px; }
          h1 { font-size: 1.4rem; }
          h2 { font-size: 1.2rem; }
          nav.toc ol { columns: 1; }
          th, td { padding: 0.25em 0.45em; }
          dl.figures { grid-template-columns: repeat(2, 1fr); }
          dl.figures dd { font-size: 1.2rem; }
        }
        @media print {
          @page { margin: 14mm 12mm; }
          body { font-size: 10pt; }
          header.page, nav.toc, main { max-width: none; padding: 0; }
          header.page { border-bottom: 2px solid #000000; }
          a { color: inherit; text-decoration: none; }
          thead th, tr.flagged th, tr.flagged td, p.empty { background: none; }
          tr.flagged th { box-shadow: none; border-left: 3px solid #000000; }
          dl.figures div { border-color: #999999; }
          .table-wrap { overflow: visible; }
          .plot, tr, dl.figures div { break-inside: avoid; }
          h2, h3, figcaption, caption { break-after: avoid; }
          svg.chart { max-width: 15cm; }
          figure.map svg.chart { max-width: 13cm; }
        }
        """
}
