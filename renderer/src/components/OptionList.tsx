// Why: every labelled choice list (a model switch, a product's mode or price reference, the "Add product" form)
// renders its value/label pairs the same way, so a choice list is written once.
export interface Option {
  value: string;
  label: string;
}

export function OptionList({ options }: { options: readonly Option[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}
