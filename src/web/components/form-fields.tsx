/** Labelled controls shared by the filter forms (search, facts explorer, timeline). */

export interface SelectOption {
  value: string
  label: string
}

/** A labelled select; `anyLabel` adds a first, empty option meaning "no filter". */
export function SelectField(props: {
  /** Prefix of the control's id, so two forms on a page cannot clash: `facts` -> `facts-type`. */
  form: string
  name: string
  label: string
  anyLabel?: string
  value: string | undefined
  options: readonly SelectOption[]
}) {
  const id = `${props.form}-${props.name}`
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** A date bound of any precision (2025, 2025-11, 2025-11-05), checked by the server too. */
export function DateField(props: {
  form: string
  name: 'since' | 'until'
  label: string
  value: string | undefined
  placeholder: string
  /** The id of the hint that explains the accepted forms. */
  hintId: string
  class?: string
}) {
  const id = `${props.form}-${props.name}`
  return (
    <div class={props.class ?? 'field'}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        value={props.value ?? ''}
        placeholder={props.placeholder}
        inputmode="numeric"
        pattern="\d{4}(-\d{2}(-\d{2})?)?"
        aria-describedby={props.hintId}
      />
    </div>
  )
}
