// The confirm control of /admin/ (issue 18): at the top of a service, a programme or a helpline,
// one button for staff who have just called the unit: it sets "Bekräftad" (verified: true), sets
// "Granskad" (reviewed) to today with that field's own "Nu" button, and puts the cursor in the
// first source line with its text selected, so a paste replaces it. Then Spara. Open, confirm,
// paste, save: four taps.
//
// Plain JavaScript on purpose: it runs as it is after Decap's prebuilt bundle, which gives the
// globals CMS, h (React's createElement) and createClass, so /admin/ needs no build step of its own.
// The Swedish words come from the field in config.yml (src/features/editor/words.yaml).
/* global CMS, h, createClass */
(function () {
  /** The control of another field of the entry, found by its label ("Granskad", "Källa"). */
  function fieldControl(label) {
    for (const element of document.querySelectorAll('label[for]')) {
      const text = element.textContent.trim();
      if (text === label || text.startsWith(`${label} (`)) {
        const control = document.getElementById(element.getAttribute('for'));
        if (control) return { label: element, control };
      }
    }
    return undefined;
  }

  /**
   * The first line of the source list: each line has its own label with the list's label ("Källa"),
   * whose input is a text box; the list's own label points at no input. None in an empty list.
   */
  function firstSourceInput(label) {
    for (const element of document.querySelectorAll('label[for]')) {
      if (element.textContent.trim() !== label) continue;
      const control = document.getElementById(element.getAttribute('for'));
      if (control instanceof HTMLInputElement && control.type === 'text') return control;
    }
    return undefined;
  }

  const Control = createClass({
    confirm() {
      const { field, onChange } = this.props;
      onChange(true);
      const reviewed = fieldControl(field.get('reviewedLabel'));
      // The date field's own "Nu" button: the date is written as that field writes any date.
      const now = reviewed?.control.parentElement?.querySelector('[data-testid="now-button"]');
      if (now) now.click();
      this.setState({ confirmed: true });
      // After React has drawn the new values: the source line, ready for a paste.
      setTimeout(() => {
        const source = firstSourceInput(field.get('sourceLabel'));
        if (source) {
          source.focus();
          source.select();
        }
      }, 0);
    },
    toggle(event) {
      this.props.onChange(event.target.checked);
    },
    render() {
      const { field, value, forID, classNameWrapper } = this.props;
      const confirmed = this.state?.confirmed === true;
      return h(
        'div',
        { className: classNameWrapper },
        h('button', { type: 'button', onClick: this.confirm, className: 'confirm-button', 'aria-describedby': `${forID}-done` }, field.get('button')),
        h('p', { id: `${forID}-done`, role: 'status', className: 'confirm-status' }, confirmed ? field.get('done') : ''),
        h(
          'label',
          { className: 'confirm-checkbox' },
          h('input', { type: 'checkbox', id: forID, checked: value === true, onChange: this.toggle }),
          ' ',
          field.get('checkbox'),
        ),
      );
    },
  });

  const Preview = createClass({
    render() {
      return h('span', {}, this.props.value === true ? 'true' : 'false');
    },
  });

  CMS.registerWidget('confirm', Control, Preview);
})();
