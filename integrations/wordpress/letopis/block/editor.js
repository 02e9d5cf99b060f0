/**
 * The letopis block in the editor, without a build step: the view and its
 * main attributes as settings in the sidebar, a placeholder in the content
 * (the widgets themselves render on the site, from render_callback).
 */
(function (blocks, element, blockEditor, components, i18n) {
  var el = element.createElement;
  var __ = i18n.__;

  /** The settings each view shows: [attribute, label, kind]. */
  var SETTINGS = {
    archive: [
      ['route', 'Route: query, hash or none', 'text'],
      ['paramPrefix', 'URL parameter prefix', 'text'],
    ],
    calendar: [
      ['dayHref', 'Day link, e.g. /news/?date={date}', 'text'],
      ['dateParam', 'URL parameter of the day', 'text'],
      ['controls', 'Id of the news list it filters', 'text'],
      ['section', 'Category (id, slug or name)', 'text'],
      ['fitWeeks', 'Only the weeks the month needs', 'toggle'],
      ['skipEmptyMonths', 'Arrows skip months without news', 'toggle'],
    ],
    list: [
      ['heading', 'Heading', 'text'],
      ['dateParam', 'URL parameter of the day', 'text'],
      ['section', 'Category (id, slug or name)', 'text'],
      ['itemHref', 'Item link, e.g. /news/{id}', 'text'],
      ['paging', 'Paging: more, pages, infinite or none', 'text'],
      ['display', 'Shown besides the title: lead image views section', 'text'],
      ['pageSize', 'Items per page', 'text'],
      ['relativeDays', '"Today", "Yesterday"', 'toggle'],
      ['groupByDay', 'A header before each day', 'toggle'],
      ['allHref', '"All news" link', 'text'],
      ['archiveHref', '"Archive" link', 'text'],
    ],
    article: [
      ['idParam', 'URL parameter of the article id', 'text'],
      ['backHref', 'Back link', 'text'],
      ['headingLevel', 'Heading level of the title', 'text'],
      ['display', 'Shown besides title and date: views section image lead', 'text'],
    ],
  };

  blocks.registerBlockType('letopis/news', {
    edit: function (props) {
      var a = props.attributes;
      var set = function (name) {
        return function (value) {
          var change = {};
          change[name] = value;
          props.setAttributes(change);
        };
      };
      var fields = (SETTINGS[a.view] || []).map(function (s) {
        return s[2] === 'toggle'
          ? el(components.ToggleControl, { key: s[0], label: s[1], checked: !!a[s[0]], onChange: set(s[0]) })
          : el(components.TextControl, { key: s[0], label: s[1], value: a[s[0]] || '', onChange: set(s[0]) });
      });
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: __('Letopis', 'letopis') },
            el(components.SelectControl, {
              label: __('View', 'letopis'),
              value: a.view,
              options: [
                { label: 'Archive: feed, calendar and article', value: 'archive' },
                { label: 'Calendar', value: 'calendar' },
                { label: 'News list', value: 'list' },
                { label: 'Article', value: 'article' },
              ],
              onChange: set('view'),
            }),
            fields,
          ),
        ),
        el(components.Placeholder, {
          icon: 'calendar-alt',
          label: 'Letopis: ' + a.view,
          instructions: __('The news from this site, shown on the published page.', 'letopis'),
        }),
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n);
