// Why: "Add product": a name, a price reference (a dataset deck price prefilled with its figure and source, or a
// custom price the analyst types, labelled an assumption) and the mode (ore throughput x grade, or direct tonnes).
import { useState } from 'react';
import type { PriceUnit, Product } from '../../../../../shared/scenario';
import { fmtNumber } from '../../../i18n/format';
import { addProduct, CUSTOM, deckLabel, deckPrice, PRICE_UNITS, priceRefOptions } from './edits';
import { useT } from '../useT';
import { addItem } from './apply';
import { FormControl, FormNumber, InlineForm } from './InlineForm';
import { OptionList } from '../../../components/OptionList';

const shortName = (ref: string) =>
  deckLabel(ref)
    .replace(/\s*\(.*\)$/, '')
    .replace(/,.*$/, '');

export function AddProductForm() {
  const t = useT();
  const [name, setName] = useState('');
  const [ref, setRef] = useState('copper');
  const [mode, setMode] = useState<Product['mode']>('ore');
  const [price, setPrice] = useState('0');
  const [unit, setUnit] = useState<PriceUnit>('USD/t');
  const deck = ref === CUSTOM ? null : deckPrice(ref);
  return (
    <InlineForm
      addLabel={t('structure.addProduct')}
      title={t('structure.newProduct')}
      testId="add-product"
      onOpen={() => {
        setName('');
        setRef('copper');
        setMode('ore');
      }}
      onSubmit={() => {
        const finalName = name.trim() || (ref === CUSTOM ? t('structure.customProduct') : shortName(ref));
        const n = Number(price);
        if (ref === CUSTOM && (price.trim() === '' || !Number.isFinite(n)))
          return t('error.notNumber', { field: t('structure.price') });
        return addItem(
          (s) => addProduct(s, { name: finalName, priceRef: ref, mode, customPrice: n, customUnit: unit }),
          ['products'],
          'group-products',
        );
      }}
    >
      <FormControl label={t('structure.productName')}>
        {(id) => (
          <input
            id={id}
            type="text"
            value={name}
            placeholder={ref === CUSTOM ? t('structure.customProduct') : shortName(ref)}
            onChange={(e) => setName(e.target.value)}
            data-testid="new-product-name"
          />
        )}
      </FormControl>
      <FormControl label={t('structure.priceRef')}>
        {(id) => (
          <select id={id} value={ref} onChange={(e) => setRef(e.target.value)} data-testid="new-product-priceref">
            <OptionList options={priceRefOptions(t)} />
          </select>
        )}
      </FormControl>
      <FormControl label={t('structure.mode')}>
        {(id) => (
          <select
            id={id}
            value={mode}
            onChange={(e) => setMode(e.target.value as Product['mode'])}
            data-testid="new-product-mode"
          >
            <option value="ore">{t('structure.modeOption.ore')}</option>
            <option value="direct">{t('structure.modeOption.direct')}</option>
          </select>
        )}
      </FormControl>
      {ref === CUSTOM ? (
        <>
          <FormNumber label={t('structure.price')} value={price} onChange={setPrice} testId="new-product-price" />
          <FormControl label={t('structure.priceUnit')}>
            {(id) => (
              <select id={id} value={unit} onChange={(e) => setUnit(e.target.value as PriceUnit)}>
                {PRICE_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            )}
          </FormControl>
          <p className="scn-hint scn-inline-note">
            <span className="tag tag-assumption">{t('tag.assumption')}</span> {t('structure.customPriceNote')}
          </p>
        </>
      ) : (
        deck && (
          <p className="scn-hint scn-inline-note">
            {t('structure.deckPriceNote', { value: fmtNumber(deck.input.value), unit: deck.unit })}
          </p>
        )
      )}
    </InlineForm>
  );
}
