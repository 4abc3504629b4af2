// Why: the Products group as one card per product: its name, mode (ore/direct), price reference (dataset deck or a
// custom assumed price) and price unit, a remove button, then its numeric inputs; and "Add product" below, so a
// Blank project becomes a real custom project.
import { memo, useId } from 'react';
import type { PriceUnit, Product } from '../../../../../shared/scenario';
import { useScenarioStore } from '../../../stores/scenario';
import type { FieldDef } from '../catalogue/catalogue';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/ChoiceField';
import { TextField } from '../fields/TextField';
import {
  CUSTOM,
  isDeckId,
  PRICE_UNITS,
  priceRefOptions,
  removeProduct,
  setPriceRef,
  setPriceUnit,
  setProductMode,
} from './edits';
import { useT } from '../useT';
import { AddProductForm } from './AddProductForm';
import { focusLater, restructure } from './apply';
import { OptionList, type Option } from '../../../components/OptionList';

type Shape = Pick<Product, 'id' | 'name' | 'mode' | 'priceUnit' | 'commodityPriceId'>;

function update(index: number, f: (p: Product) => Product) {
  restructure((s) => ({ ...s, products: s.products.map((p, i) => (i === index ? f(p) : p)) }), ['products', index]);
}

function InlineSelect({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (v: string) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="scn-item-control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <OptionList options={options} />
      </select>
    </div>
  );
}

const ProductCard = memo(function ProductCard({
  index,
  p,
  fields,
  count,
}: {
  index: number;
  p: Shape;
  fields: FieldDef[];
  count: number;
}) {
  const t = useT();
  const tOpts = (base: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`${base}.${v}`) }));
  return (
    <fieldset className="scn-item" data-testid={`product-${p.id}`}>
      <legend>{p.name}</legend>
      <div className="scn-item-head">
        <TextField path={['products', index, 'name']} label={t('structure.productName')} />
        <button
          type="button"
          className="btn btn-danger scn-remove"
          aria-label={t('structure.removeProduct', { name: p.name })}
          title={t('structure.removeProduct', { name: p.name })}
          data-testid={`remove-product-${p.id}`}
          onClick={() => {
            restructure((s) => removeProduct(s, index));
            focusLater(count > 1 ? '[data-testid="group-products"] .scn-remove' : '[data-testid="add-product"]');
          }}
        >
          {t('structure.remove')}
        </button>
      </div>
      <div className="scn-item-controls">
        <InlineSelect
          label={t('structure.mode')}
          value={p.mode}
          options={tOpts('structure.modeOption', ['ore', 'direct'])}
          onChange={(v) => update(index, (x) => setProductMode(x, v as Product['mode']))}
          testId={`product-mode-${p.id}`}
        />
        <InlineSelect
          label={t('structure.priceRef')}
          value={isDeckId(p.commodityPriceId) ? p.commodityPriceId : CUSTOM}
          options={priceRefOptions(t)}
          onChange={(v) => update(index, (x) => setPriceRef(x, v))}
          testId={`product-priceref-${p.id}`}
        />
        <InlineSelect
          label={t('structure.priceUnit')}
          value={p.priceUnit}
          options={PRICE_UNITS.map((u) => ({ value: u, label: u }))}
          onChange={(v) => update(index, (x) => setPriceUnit(x, v as PriceUnit))}
          testId={`product-unit-${p.id}`}
        />
      </div>
      <SelectField
        path={['products', index, 'tcrc', 'mode']}
        label={t('field.tcrcMode', { product: p.name })}
        options={tOpts('option.tcrc', ['per-unit', 'pct-revenue'])}
      />
      {fields.map((f) => (
        <NumberField key={f.path.join('.')} def={f} />
      ))}
    </fieldset>
  );
});

export const ProductsGroup = memo(function ProductsGroup({ fields }: { fields: FieldDef[] }) {
  const t = useT();
  const json = useScenarioStore((s) =>
    JSON.stringify(
      s.scenario?.products.map((p) => ({
        id: p.id,
        name: p.name,
        mode: p.mode,
        priceUnit: p.priceUnit,
        commodityPriceId: p.commodityPriceId,
      })) ?? [],
    ),
  );
  const list = JSON.parse(json) as Shape[];
  return (
    <>
      {list.length > 0 && (
        <SelectField
          path={['mainProductId']}
          label={t('field.mainProduct')}
          options={list.map((p) => ({ value: p.id, label: p.name }))}
          hint={t('hint.mainProduct')}
        />
      )}
      {list.length === 0 && <p className="scn-hint">{t('structure.noProducts')}</p>}
      {list.map((p, i) => (
        <ProductCard key={p.id} index={i} p={p} count={list.length} fields={fields.filter((f) => f.path[1] === i)} />
      ))}
      <AddProductForm />
    </>
  );
});
