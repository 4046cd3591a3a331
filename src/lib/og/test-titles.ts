// Shared by the line-breaking and rendering tests.

/** A 200-character Thai title with no spaces, as long measure titles in real reports are. */
export const THAI_TITLE_200 =
  'มาตรการส่งเสริมการปฏิบัติตามประมวลจริยธรรมของเจ้าหน้าที่องค์การบริหารส่วนตำบลเพื่อป้องกันการรับสินบนและผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้างและการให้บริการประชาชนทุกขั้นตอนอย่างโปร่งใสตลอดปีงบประมาณนี้';
