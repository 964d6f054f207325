// Thai UI strings.

import type { Messages } from './en';

export const th: Messages = {
  app: {
    name: 'OA Planner',
    tagline: 'วางแผนแคมเปญ LINE Official Account แบบออฟไลน์',
    loading: 'กำลังโหลด…',
    loadFailed: 'OA Planner เริ่มทำงานไม่ได้: {{message}}',
    missingLaunchKey: 'โปรดเปิดหน้านี้จากที่อยู่ที่ “oa-planner serve” แสดงไว้ ที่อยู่นั้นมีคีย์แบบใช้ครั้งเดียวอยู่',
    browserMode: 'โหมดเบราว์เซอร์',
    channel: 'บัญชี',
  },
  nav: {
    label: 'ส่วนต่าง ๆ',
    editor: 'แก้ไขรูปภาพ',
    campaigns: 'แคมเปญ',
    audiences: 'กลุ่มเป้าหมาย',
    quota: 'โควตาข้อความ',
    sync: 'ซิงค์',
    settings: 'การตั้งค่า',
  },
  sections: {
    editor: {
      title: 'โปรแกรมแก้ไขรูปภาพ',
      empty:
        'ออกแบบรูปภาพสำหรับริชเมนูและริชแมสเสจได้ที่นี่: เลือกเทมเพลตของ LINE วางรูปภาพลงในแต่ละช่อง เพิ่มข้อความ และกำหนดการทำงานของพื้นที่แตะแต่ละจุด แล้วส่งออกไฟล์ที่ LINE รับได้ทันที',
    },
    campaigns: {
      title: 'แคมเปญ',
      empty: 'วางแผนการบรอดแคสต์ได้ที่นี่: เขียนข้อความ เลือกผู้รับ ตั้งค่าการทดสอบ A/B และกำหนดเวลาส่งบนปฏิทิน',
    },
    audiences: {
      title: 'กลุ่มเป้าหมาย',
      empty:
        'สร้างกลุ่มเป้าหมายได้ที่นี่: อัปโหลด User ID ติดแท็กเพื่อน รีทาร์เก็ตผู้ที่เปิดหรือคลิกข้อความ และรวมกลุ่มด้วย AND, OR และ NOT',
    },
    quota: {
      title: 'โควตาข้อความ',
      empty: 'ดูได้ที่นี่ว่าการส่งที่วางแผนไว้แต่ละครั้งใช้ข้อความเท่าไร โควตาเดือนนี้เหลือเท่าไร และจะหมดวันไหน',
    },
    sync: {
      title: 'ซิงค์กับ LINE',
      empty: 'ตรวจสอบสิ่งที่จะเปลี่ยนแปลงบน LINE แล้วส่งเมื่อออนไลน์ ไม่มีการส่งซ้ำแม้โปรแกรมจะปิดตัวกะทันหัน',
    },
    settings: {
      title: 'การตั้งค่า',
    },
  },
  settings: {
    language: 'ภาษา',
    languageSystem: 'ตามระบบ ({{language}})',
    languageSaveFailed: 'เปลี่ยนภาษาไม่ได้: {{message}}',
    channels: 'บัญชี (LINE Official Account)',
    channelKind: {
      sandbox: 'แซนด์บ็อกซ์ในเครื่อง: ซ้อมได้โดยไม่ส่งข้อความจริง',
      line: 'LINE Official Account',
    },
    about: 'เกี่ยวกับ',
    version: 'เวอร์ชัน',
    shell: 'ทำงานเป็น',
    shellName: {
      electron: 'แอปเดสก์ท็อป',
      browser: 'โหมดเบราว์เซอร์',
    },
    dataDirectory: 'โฟลเดอร์ข้อมูล',
    schemaVersion: 'เวอร์ชันโครงสร้างฐานข้อมูล',
  },
  menu: {
    file: 'ไฟล์',
    edit: 'แก้ไข',
    view: 'มุมมอง',
    window: 'หน้าต่าง',
    help: 'ความช่วยเหลือ',
    settings: 'การตั้งค่า…',
    language: 'ภาษา',
    languageSystem: 'ตามระบบ',
    quit: 'ออกจาก OA Planner',
    about: 'เกี่ยวกับ OA Planner',
    goTo: 'ไปที่',
  },
  errors: {
    retry: 'ลองอีกครั้ง',
  },
};
