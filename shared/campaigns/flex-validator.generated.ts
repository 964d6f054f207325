// Generated from LINE's official OpenAPI document (messaging-api.yml, FlexContainer and the schemas it
// refers to) by test/shared/campaigns/flex-validator-generated.test.ts (UPDATE_LINE_CONTRACT=1). Do not
// edit. Source: line/line-openapi, Apache License 2.0. Compiled ahead of time: the renderer's content
// security policy forbids compiling code at run time, which a schema validator built there would need.
/* eslint-disable */
// @ts-nocheck
'use strict';
export const validateFlexContainer = validate10;
const schema11 = { $id: 'flexContainer', $ref: 'messaging-api#/components/schemas/FlexContainer' };
const schema13 = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string', enum: ['bubble', 'carousel'] } },
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexContainer__base' },
    {
      if: { properties: { type: { const: 'bubble' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexBubble' },
    },
    {
      if: { properties: { type: { const: 'carousel' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexCarousel' },
    },
  ],
};
const schema14 = { required: ['type'], type: 'object', properties: { type: { type: 'string' } } };
const schema15 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexContainer__base' },
    {
      type: 'object',
      properties: {
        direction: { type: 'string', enum: ['ltr', 'rtl'] },
        styles: { $ref: 'messaging-api#/components/schemas/FlexBubbleStyles' },
        header: { $ref: 'messaging-api#/components/schemas/FlexBox' },
        hero: { $ref: 'messaging-api#/components/schemas/FlexComponent' },
        body: { $ref: 'messaging-api#/components/schemas/FlexBox' },
        footer: { $ref: 'messaging-api#/components/schemas/FlexBox' },
        size: { type: 'string', enum: ['nano', 'micro', 'deca', 'hecto', 'kilo', 'mega', 'giga'] },
        action: { $ref: 'messaging-api#/components/schemas/Action' },
      },
    },
  ],
};
const schema17 = {
  type: 'object',
  properties: {
    header: { $ref: 'messaging-api#/components/schemas/FlexBlockStyle' },
    hero: { $ref: 'messaging-api#/components/schemas/FlexBlockStyle' },
    body: { $ref: 'messaging-api#/components/schemas/FlexBlockStyle' },
    footer: { $ref: 'messaging-api#/components/schemas/FlexBlockStyle' },
  },
};
const schema18 = {
  type: 'object',
  properties: {
    backgroundColor: { type: 'string' },
    separator: { type: 'boolean' },
    separatorColor: { type: 'string' },
  },
};
function validate14(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.header !== undefined) {
      let data0 = data.header;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.backgroundColor !== undefined) {
          if (typeof data0.backgroundColor !== 'string') {
            const err0 = {
              instancePath: instancePath + '/header/backgroundColor',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/backgroundColor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data0.separator !== undefined) {
          if (typeof data0.separator !== 'boolean') {
            const err1 = {
              instancePath: instancePath + '/header/separator',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/separator/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.separatorColor !== undefined) {
          if (typeof data0.separatorColor !== 'string') {
            const err2 = {
              instancePath: instancePath + '/header/separatorColor',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/separatorColor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/header',
          schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.hero !== undefined) {
      let data4 = data.hero;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.backgroundColor !== undefined) {
          if (typeof data4.backgroundColor !== 'string') {
            const err4 = {
              instancePath: instancePath + '/hero/backgroundColor',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/backgroundColor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data4.separator !== undefined) {
          if (typeof data4.separator !== 'boolean') {
            const err5 = {
              instancePath: instancePath + '/hero/separator',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/separator/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data4.separatorColor !== undefined) {
          if (typeof data4.separatorColor !== 'string') {
            const err6 = {
              instancePath: instancePath + '/hero/separatorColor',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/separatorColor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/hero',
          schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.body !== undefined) {
      let data8 = data.body;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        if (data8.backgroundColor !== undefined) {
          if (typeof data8.backgroundColor !== 'string') {
            const err8 = {
              instancePath: instancePath + '/body/backgroundColor',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/backgroundColor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data8.separator !== undefined) {
          if (typeof data8.separator !== 'boolean') {
            const err9 = {
              instancePath: instancePath + '/body/separator',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/separator/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data8.separatorColor !== undefined) {
          if (typeof data8.separatorColor !== 'string') {
            const err10 = {
              instancePath: instancePath + '/body/separatorColor',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/separatorColor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/body',
          schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.footer !== undefined) {
      let data12 = data.footer;
      if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
        if (data12.backgroundColor !== undefined) {
          if (typeof data12.backgroundColor !== 'string') {
            const err12 = {
              instancePath: instancePath + '/footer/backgroundColor',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/backgroundColor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data12.separator !== undefined) {
          if (typeof data12.separator !== 'boolean') {
            const err13 = {
              instancePath: instancePath + '/footer/separator',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/separator/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data12.separatorColor !== undefined) {
          if (typeof data12.separatorColor !== 'string') {
            const err14 = {
              instancePath: instancePath + '/footer/separatorColor',
              schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/properties/separatorColor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/footer',
          schemaPath: 'messaging-api#/components/schemas/FlexBlockStyle/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
const schema22 = {
  type: 'object',
  required: ['layout', 'contents'],
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexComponent__base' },
    {
      properties: {
        layout: { type: 'string', enum: ['horizontal', 'vertical', 'baseline'] },
        flex: { type: 'integer', format: 'int32' },
        contents: { type: 'array', items: { $ref: 'messaging-api#/components/schemas/FlexComponent' } },
        spacing: { type: 'string' },
        margin: { type: 'string' },
        position: { type: 'string', enum: ['relative', 'absolute'] },
        offsetTop: { type: 'string' },
        offsetBottom: { type: 'string' },
        offsetStart: { type: 'string' },
        offsetEnd: { type: 'string' },
        backgroundColor: { type: 'string' },
        borderColor: { type: 'string' },
        borderWidth: { type: 'string' },
        cornerRadius: { type: 'string' },
        width: { type: 'string' },
        maxWidth: { type: 'string' },
        height: { type: 'string' },
        maxHeight: { type: 'string' },
        paddingAll: { type: 'string' },
        paddingTop: { type: 'string' },
        paddingBottom: { type: 'string' },
        paddingStart: { type: 'string' },
        paddingEnd: { type: 'string' },
        action: { $ref: 'messaging-api#/components/schemas/Action' },
        justifyContent: {
          type: 'string',
          enum: ['center', 'flex-start', 'flex-end', 'space-between', 'space-around', 'space-evenly'],
        },
        alignItems: { type: 'string', enum: ['center', 'flex-start', 'flex-end'] },
        background: { $ref: 'messaging-api#/components/schemas/FlexBoxBackground' },
      },
    },
  ],
};
const schema23 = { required: ['type'], type: 'object', properties: { type: { type: 'string' } } };
const schema24 = {
  type: 'object',
  required: ['type'],
  properties: {
    type: {
      type: 'string',
      enum: ['box', 'button', 'image', 'video', 'icon', 'text', 'span', 'separator', 'filler'],
    },
  },
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexComponent__base' },
    {
      if: { properties: { type: { const: 'box' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexBox' },
    },
    {
      if: { properties: { type: { const: 'button' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexButton' },
    },
    {
      if: { properties: { type: { const: 'image' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexImage' },
    },
    {
      if: { properties: { type: { const: 'video' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexVideo' },
    },
    {
      if: { properties: { type: { const: 'icon' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexIcon' },
    },
    {
      if: { properties: { type: { const: 'text' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexText' },
    },
    {
      if: { properties: { type: { const: 'span' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexSpan' },
    },
    {
      if: { properties: { type: { const: 'separator' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexSeparator' },
    },
    {
      if: { properties: { type: { const: 'filler' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexFiller' },
    },
  ],
};
const wrapper0 = { validate: validate16 };
const schema26 = {
  type: 'object',
  required: ['action'],
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexComponent__base' },
    {
      type: 'object',
      properties: {
        flex: { type: 'integer', format: 'int32' },
        color: { type: 'string' },
        style: { type: 'string', enum: ['primary', 'secondary', 'link'] },
        action: { $ref: 'messaging-api#/components/schemas/Action' },
        gravity: { type: 'string', enum: ['top', 'bottom', 'center'] },
        margin: { type: 'string' },
        position: { type: 'string', enum: ['relative', 'absolute'] },
        offsetTop: { type: 'string' },
        offsetBottom: { type: 'string' },
        offsetStart: { type: 'string' },
        offsetEnd: { type: 'string' },
        height: { type: 'string', enum: ['md', 'sm'] },
        adjustMode: { type: 'string', enum: ['shrink-to-fit'] },
        scaling: { type: 'boolean' },
      },
    },
  ],
};
const schema28 = {
  type: 'object',
  required: ['type'],
  properties: {
    type: {
      type: 'string',
      enum: [
        'camera',
        'cameraRoll',
        'clipboard',
        'datetimepicker',
        'location',
        'message',
        'postback',
        'richmenuswitch',
        'uri',
      ],
    },
  },
  allOf: [
    { $ref: 'messaging-api#/components/schemas/Action__base' },
    {
      if: { properties: { type: { const: 'camera' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/CameraAction' },
    },
    {
      if: { properties: { type: { const: 'cameraRoll' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/CameraRollAction' },
    },
    {
      if: { properties: { type: { const: 'clipboard' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/ClipboardAction' },
    },
    {
      if: { properties: { type: { const: 'datetimepicker' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/DatetimePickerAction' },
    },
    {
      if: { properties: { type: { const: 'location' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/LocationAction' },
    },
    {
      if: { properties: { type: { const: 'message' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/MessageAction' },
    },
    {
      if: { properties: { type: { const: 'postback' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/PostbackAction' },
    },
    {
      if: { properties: { type: { const: 'richmenuswitch' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/RichMenuSwitchAction' },
    },
    {
      if: { properties: { type: { const: 'uri' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/URIAction' },
    },
  ],
};
const schema29 = { type: 'object', properties: { type: { type: 'string' }, label: { type: 'string' } } };
const schema30 = { type: 'object', allOf: [{ $ref: 'messaging-api#/components/schemas/Action__base' }] };
function validate20(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (typeof data.label !== 'string') {
        const err2 = {
          instancePath: instancePath + '/label',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/label/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/Action__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
const schema32 = { type: 'object', allOf: [{ $ref: 'messaging-api#/components/schemas/Action__base' }] };
function validate22(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (typeof data.label !== 'string') {
        const err2 = {
          instancePath: instancePath + '/label',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/label/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/Action__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
const schema34 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/Action__base' },
    {
      type: 'object',
      required: ['clipboardText'],
      properties: { clipboardText: { maxLength: 1000, minLength: 1, type: 'string' } },
    },
  ],
};
function validate24(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (typeof data.label !== 'string') {
        const err2 = {
          instancePath: instancePath + '/label',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/label/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/Action__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.clipboardText === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'clipboardText' },
        message: "must have required property '" + 'clipboardText' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.clipboardText !== undefined) {
      let data2 = data.clipboardText;
      if (typeof data2 === 'string') {
        if (data2.length > 1000) {
          const err5 = {
            instancePath: instancePath + '/clipboardText',
            schemaPath: '#/allOf/1/properties/clipboardText/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err6 = {
            instancePath: instancePath + '/clipboardText',
            schemaPath: '#/allOf/1/properties/clipboardText/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/clipboardText',
          schemaPath: '#/allOf/1/properties/clipboardText/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
const schema36 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/Action__base' },
    {
      type: 'object',
      properties: {
        data: { maxLength: 300, minLength: 0, type: 'string' },
        mode: { type: 'string', enum: ['date', 'time', 'datetime'] },
        initial: { type: 'string' },
        max: { type: 'string' },
        min: { type: 'string' },
      },
    },
  ],
};
function validate26(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (typeof data.label !== 'string') {
        const err2 = {
          instancePath: instancePath + '/label',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/label/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/Action__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.data !== undefined) {
      let data2 = data.data;
      if (typeof data2 === 'string') {
        if (data2.length > 300) {
          const err4 = {
            instancePath: instancePath + '/data',
            schemaPath: '#/allOf/1/properties/data/maxLength',
            keyword: 'maxLength',
            params: { limit: 300 },
            message: 'must NOT have more than 300 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data2.length < 0) {
          const err5 = {
            instancePath: instancePath + '/data',
            schemaPath: '#/allOf/1/properties/data/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/data',
          schemaPath: '#/allOf/1/properties/data/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.mode !== undefined) {
      let data3 = data.mode;
      if (typeof data3 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/allOf/1/properties/mode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data3 === 'date' || data3 === 'time' || data3 === 'datetime')) {
        const err8 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/allOf/1/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.allOf[1].properties.mode.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.initial !== undefined) {
      if (typeof data.initial !== 'string') {
        const err9 = {
          instancePath: instancePath + '/initial',
          schemaPath: '#/allOf/1/properties/initial/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.max !== undefined) {
      if (typeof data.max !== 'string') {
        const err10 = {
          instancePath: instancePath + '/max',
          schemaPath: '#/allOf/1/properties/max/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.min !== undefined) {
      if (typeof data.min !== 'string') {
        const err11 = {
          instancePath: instancePath + '/min',
          schemaPath: '#/allOf/1/properties/min/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
const schema38 = { type: 'object', allOf: [{ $ref: 'messaging-api#/components/schemas/Action__base' }] };
function validate28(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (typeof data.label !== 'string') {
        const err2 = {
          instancePath: instancePath + '/label',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/label/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/Action__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
const schema40 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/Action__base' },
    { type: 'object', properties: { text: { type: 'string' } } },
  ],
};
function validate30(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (typeof data.label !== 'string') {
        const err2 = {
          instancePath: instancePath + '/label',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/label/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/Action__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.text !== undefined) {
      if (typeof data.text !== 'string') {
        const err4 = {
          instancePath: instancePath + '/text',
          schemaPath: '#/allOf/1/properties/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
const schema42 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/Action__base' },
    {
      type: 'object',
      properties: {
        data: { maxLength: 300, minLength: 0, type: 'string' },
        displayText: { type: 'string' },
        text: { type: 'string' },
        inputOption: { type: 'string', enum: ['closeRichMenu', 'openRichMenu', 'openKeyboard', 'openVoice'] },
        fillInText: { type: 'string' },
      },
    },
  ],
};
function validate32(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (typeof data.label !== 'string') {
        const err2 = {
          instancePath: instancePath + '/label',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/label/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/Action__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.data !== undefined) {
      let data2 = data.data;
      if (typeof data2 === 'string') {
        if (data2.length > 300) {
          const err4 = {
            instancePath: instancePath + '/data',
            schemaPath: '#/allOf/1/properties/data/maxLength',
            keyword: 'maxLength',
            params: { limit: 300 },
            message: 'must NOT have more than 300 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data2.length < 0) {
          const err5 = {
            instancePath: instancePath + '/data',
            schemaPath: '#/allOf/1/properties/data/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/data',
          schemaPath: '#/allOf/1/properties/data/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.displayText !== undefined) {
      if (typeof data.displayText !== 'string') {
        const err7 = {
          instancePath: instancePath + '/displayText',
          schemaPath: '#/allOf/1/properties/displayText/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.text !== undefined) {
      if (typeof data.text !== 'string') {
        const err8 = {
          instancePath: instancePath + '/text',
          schemaPath: '#/allOf/1/properties/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.inputOption !== undefined) {
      let data5 = data.inputOption;
      if (typeof data5 !== 'string') {
        const err9 = {
          instancePath: instancePath + '/inputOption',
          schemaPath: '#/allOf/1/properties/inputOption/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(
        data5 === 'closeRichMenu' ||
        data5 === 'openRichMenu' ||
        data5 === 'openKeyboard' ||
        data5 === 'openVoice'
      )) {
        const err10 = {
          instancePath: instancePath + '/inputOption',
          schemaPath: '#/allOf/1/properties/inputOption/enum',
          keyword: 'enum',
          params: { allowedValues: schema42.allOf[1].properties.inputOption.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.fillInText !== undefined) {
      if (typeof data.fillInText !== 'string') {
        const err11 = {
          instancePath: instancePath + '/fillInText',
          schemaPath: '#/allOf/1/properties/fillInText/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
const schema44 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/Action__base' },
    {
      type: 'object',
      properties: {
        data: { maxLength: 300, minLength: 0, type: 'string' },
        richMenuAliasId: { maxLength: 32, minLength: 0, type: 'string' },
      },
    },
  ],
};
function validate34(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (typeof data.label !== 'string') {
        const err2 = {
          instancePath: instancePath + '/label',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/label/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/Action__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.data !== undefined) {
      let data2 = data.data;
      if (typeof data2 === 'string') {
        if (data2.length > 300) {
          const err4 = {
            instancePath: instancePath + '/data',
            schemaPath: '#/allOf/1/properties/data/maxLength',
            keyword: 'maxLength',
            params: { limit: 300 },
            message: 'must NOT have more than 300 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data2.length < 0) {
          const err5 = {
            instancePath: instancePath + '/data',
            schemaPath: '#/allOf/1/properties/data/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/data',
          schemaPath: '#/allOf/1/properties/data/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.richMenuAliasId !== undefined) {
      let data3 = data.richMenuAliasId;
      if (typeof data3 === 'string') {
        if (data3.length > 32) {
          const err7 = {
            instancePath: instancePath + '/richMenuAliasId',
            schemaPath: '#/allOf/1/properties/richMenuAliasId/maxLength',
            keyword: 'maxLength',
            params: { limit: 32 },
            message: 'must NOT have more than 32 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3.length < 0) {
          const err8 = {
            instancePath: instancePath + '/richMenuAliasId',
            schemaPath: '#/allOf/1/properties/richMenuAliasId/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/richMenuAliasId',
          schemaPath: '#/allOf/1/properties/richMenuAliasId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
const schema46 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/Action__base' },
    {
      type: 'object',
      properties: {
        uri: { type: 'string', format: 'uri' },
        altUri: { $ref: 'messaging-api#/components/schemas/AltUri' },
      },
    },
  ],
};
const schema48 = {
  type: 'object',
  properties: { desktop: { maxLength: 1000, minLength: 0, type: 'string' } },
};
function validate36(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (typeof data.label !== 'string') {
        const err2 = {
          instancePath: instancePath + '/label',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/label/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/Action__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.uri !== undefined) {
      if (!(typeof data.uri === 'string')) {
        const err4 = {
          instancePath: instancePath + '/uri',
          schemaPath: '#/allOf/1/properties/uri/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.altUri !== undefined) {
      let data3 = data.altUri;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.desktop !== undefined) {
          let data4 = data3.desktop;
          if (typeof data4 === 'string') {
            if (data4.length > 1000) {
              const err5 = {
                instancePath: instancePath + '/altUri/desktop',
                schemaPath: 'messaging-api#/components/schemas/AltUri/properties/desktop/maxLength',
                keyword: 'maxLength',
                params: { limit: 1000 },
                message: 'must NOT have more than 1000 characters',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data4.length < 0) {
              const err6 = {
                instancePath: instancePath + '/altUri/desktop',
                schemaPath: 'messaging-api#/components/schemas/AltUri/properties/desktop/minLength',
                keyword: 'minLength',
                params: { limit: 0 },
                message: 'must NOT have fewer than 0 characters',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/altUri/desktop',
              schemaPath: 'messaging-api#/components/schemas/AltUri/properties/desktop/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/altUri',
          schemaPath: 'messaging-api#/components/schemas/AltUri/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate19(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err0 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.label !== undefined) {
      if (typeof data.label !== 'string') {
        const err1 = {
          instancePath: instancePath + '/label',
          schemaPath: 'messaging-api#/components/schemas/Action__base/properties/label/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/Action__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  const _errs9 = errors;
  let valid3 = true;
  const _errs10 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = 'type')) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('camera' !== data.type) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs10 === errors;
  errors = _errs9;
  if (vErrors !== null) {
    if (_errs9) {
      vErrors.length = _errs9;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs12 = errors;
    if (!validate20(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs12 === errors;
    valid3 = _valid0;
  }
  if (!valid3) {
    const err5 = {
      instancePath,
      schemaPath: '#/allOf/1/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  const _errs14 = errors;
  let valid5 = true;
  const _errs15 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing1;
    if (data.type === undefined && (missing1 = 'type')) {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('cameraRoll' !== data.type) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs15 === errors;
  errors = _errs14;
  if (vErrors !== null) {
    if (_errs14) {
      vErrors.length = _errs14;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs17 = errors;
    if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
      errors = vErrors.length;
    }
    var _valid1 = _errs17 === errors;
    valid5 = _valid1;
  }
  if (!valid5) {
    const err8 = {
      instancePath,
      schemaPath: '#/allOf/2/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  const _errs19 = errors;
  let valid7 = true;
  const _errs20 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing2;
    if (data.type === undefined && (missing2 = 'type')) {
      const err9 = {};
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('clipboard' !== data.type) {
          const err10 = {};
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs20 === errors;
  errors = _errs19;
  if (vErrors !== null) {
    if (_errs19) {
      vErrors.length = _errs19;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs22 = errors;
    if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
    var _valid2 = _errs22 === errors;
    valid7 = _valid2;
  }
  if (!valid7) {
    const err11 = {
      instancePath,
      schemaPath: '#/allOf/3/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  const _errs24 = errors;
  let valid9 = true;
  const _errs25 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing3;
    if (data.type === undefined && (missing3 = 'type')) {
      const err12 = {};
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('datetimepicker' !== data.type) {
          const err13 = {};
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs25 === errors;
  errors = _errs24;
  if (vErrors !== null) {
    if (_errs24) {
      vErrors.length = _errs24;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs27 = errors;
    if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
      errors = vErrors.length;
    }
    var _valid3 = _errs27 === errors;
    valid9 = _valid3;
  }
  if (!valid9) {
    const err14 = {
      instancePath,
      schemaPath: '#/allOf/4/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  const _errs29 = errors;
  let valid11 = true;
  const _errs30 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing4;
    if (data.type === undefined && (missing4 = 'type')) {
      const err15 = {};
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('location' !== data.type) {
          const err16 = {};
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
  }
  var _valid4 = _errs30 === errors;
  errors = _errs29;
  if (vErrors !== null) {
    if (_errs29) {
      vErrors.length = _errs29;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs32 = errors;
    if (!validate28(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
      errors = vErrors.length;
    }
    var _valid4 = _errs32 === errors;
    valid11 = _valid4;
  }
  if (!valid11) {
    const err17 = {
      instancePath,
      schemaPath: '#/allOf/5/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  const _errs34 = errors;
  let valid13 = true;
  const _errs35 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing5;
    if (data.type === undefined && (missing5 = 'type')) {
      const err18 = {};
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('message' !== data.type) {
          const err19 = {};
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
  }
  var _valid5 = _errs35 === errors;
  errors = _errs34;
  if (vErrors !== null) {
    if (_errs34) {
      vErrors.length = _errs34;
    } else {
      vErrors = null;
    }
  }
  if (_valid5) {
    const _errs37 = errors;
    if (!validate30(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
      errors = vErrors.length;
    }
    var _valid5 = _errs37 === errors;
    valid13 = _valid5;
  }
  if (!valid13) {
    const err20 = {
      instancePath,
      schemaPath: '#/allOf/6/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  const _errs39 = errors;
  let valid15 = true;
  const _errs40 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing6;
    if (data.type === undefined && (missing6 = 'type')) {
      const err21 = {};
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('postback' !== data.type) {
          const err22 = {};
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
  }
  var _valid6 = _errs40 === errors;
  errors = _errs39;
  if (vErrors !== null) {
    if (_errs39) {
      vErrors.length = _errs39;
    } else {
      vErrors = null;
    }
  }
  if (_valid6) {
    const _errs42 = errors;
    if (!validate32(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
      errors = vErrors.length;
    }
    var _valid6 = _errs42 === errors;
    valid15 = _valid6;
  }
  if (!valid15) {
    const err23 = {
      instancePath,
      schemaPath: '#/allOf/7/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  const _errs44 = errors;
  let valid17 = true;
  const _errs45 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing7;
    if (data.type === undefined && (missing7 = 'type')) {
      const err24 = {};
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('richmenuswitch' !== data.type) {
          const err25 = {};
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
  }
  var _valid7 = _errs45 === errors;
  errors = _errs44;
  if (vErrors !== null) {
    if (_errs44) {
      vErrors.length = _errs44;
    } else {
      vErrors = null;
    }
  }
  if (_valid7) {
    const _errs47 = errors;
    if (!validate34(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
      errors = vErrors.length;
    }
    var _valid7 = _errs47 === errors;
    valid17 = _valid7;
  }
  if (!valid17) {
    const err26 = {
      instancePath,
      schemaPath: '#/allOf/8/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  const _errs49 = errors;
  let valid19 = true;
  const _errs50 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing8;
    if (data.type === undefined && (missing8 = 'type')) {
      const err27 = {};
      if (vErrors === null) {
        vErrors = [err27];
      } else {
        vErrors.push(err27);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('uri' !== data.type) {
          const err28 = {};
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
  }
  var _valid8 = _errs50 === errors;
  errors = _errs49;
  if (vErrors !== null) {
    if (_errs49) {
      vErrors.length = _errs49;
    } else {
      vErrors = null;
    }
  }
  if (_valid8) {
    const _errs52 = errors;
    if (!validate36(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
      errors = vErrors.length;
    }
    var _valid8 = _errs52 === errors;
    valid19 = _valid8;
  }
  if (!valid19) {
    const err29 = {
      instancePath,
      schemaPath: '#/allOf/9/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err30 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err30];
      } else {
        vErrors.push(err30);
      }
      errors++;
    }
    if (data.type !== undefined) {
      let data11 = data.type;
      if (typeof data11 !== 'string') {
        const err31 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (!(
        data11 === 'camera' ||
        data11 === 'cameraRoll' ||
        data11 === 'clipboard' ||
        data11 === 'datetimepicker' ||
        data11 === 'location' ||
        data11 === 'message' ||
        data11 === 'postback' ||
        data11 === 'richmenuswitch' ||
        data11 === 'uri'
      )) {
        const err32 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema28.properties.type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.flex !== undefined) {
      let data1 = data.flex;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err3 = {
          instancePath: instancePath + '/flex',
          schemaPath: '#/allOf/1/properties/flex/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.color !== undefined) {
      if (typeof data.color !== 'string') {
        const err4 = {
          instancePath: instancePath + '/color',
          schemaPath: '#/allOf/1/properties/color/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.style !== undefined) {
      let data3 = data.style;
      if (typeof data3 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/allOf/1/properties/style/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data3 === 'primary' || data3 === 'secondary' || data3 === 'link')) {
        const err6 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/allOf/1/properties/style/enum',
          keyword: 'enum',
          params: { allowedValues: schema26.allOf[1].properties.style.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.action !== undefined) {
      if (
        !validate19(data.action, {
          instancePath: instancePath + '/action',
          parentData: data,
          parentDataProperty: 'action',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.gravity !== undefined) {
      let data5 = data.gravity;
      if (typeof data5 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/gravity',
          schemaPath: '#/allOf/1/properties/gravity/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data5 === 'top' || data5 === 'bottom' || data5 === 'center')) {
        const err8 = {
          instancePath: instancePath + '/gravity',
          schemaPath: '#/allOf/1/properties/gravity/enum',
          keyword: 'enum',
          params: { allowedValues: schema26.allOf[1].properties.gravity.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.margin !== undefined) {
      if (typeof data.margin !== 'string') {
        const err9 = {
          instancePath: instancePath + '/margin',
          schemaPath: '#/allOf/1/properties/margin/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.position !== undefined) {
      let data7 = data.position;
      if (typeof data7 !== 'string') {
        const err10 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/allOf/1/properties/position/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data7 === 'relative' || data7 === 'absolute')) {
        const err11 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/allOf/1/properties/position/enum',
          keyword: 'enum',
          params: { allowedValues: schema26.allOf[1].properties.position.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.offsetTop !== undefined) {
      if (typeof data.offsetTop !== 'string') {
        const err12 = {
          instancePath: instancePath + '/offsetTop',
          schemaPath: '#/allOf/1/properties/offsetTop/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.offsetBottom !== undefined) {
      if (typeof data.offsetBottom !== 'string') {
        const err13 = {
          instancePath: instancePath + '/offsetBottom',
          schemaPath: '#/allOf/1/properties/offsetBottom/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.offsetStart !== undefined) {
      if (typeof data.offsetStart !== 'string') {
        const err14 = {
          instancePath: instancePath + '/offsetStart',
          schemaPath: '#/allOf/1/properties/offsetStart/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.offsetEnd !== undefined) {
      if (typeof data.offsetEnd !== 'string') {
        const err15 = {
          instancePath: instancePath + '/offsetEnd',
          schemaPath: '#/allOf/1/properties/offsetEnd/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.height !== undefined) {
      let data12 = data.height;
      if (typeof data12 !== 'string') {
        const err16 = {
          instancePath: instancePath + '/height',
          schemaPath: '#/allOf/1/properties/height/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data12 === 'md' || data12 === 'sm')) {
        const err17 = {
          instancePath: instancePath + '/height',
          schemaPath: '#/allOf/1/properties/height/enum',
          keyword: 'enum',
          params: { allowedValues: schema26.allOf[1].properties.height.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.adjustMode !== undefined) {
      let data13 = data.adjustMode;
      if (typeof data13 !== 'string') {
        const err18 = {
          instancePath: instancePath + '/adjustMode',
          schemaPath: '#/allOf/1/properties/adjustMode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(data13 === 'shrink-to-fit')) {
        const err19 = {
          instancePath: instancePath + '/adjustMode',
          schemaPath: '#/allOf/1/properties/adjustMode/enum',
          keyword: 'enum',
          params: { allowedValues: schema26.allOf[1].properties.adjustMode.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.scaling !== undefined) {
      if (typeof data.scaling !== 'boolean') {
        const err20 = {
          instancePath: instancePath + '/scaling',
          schemaPath: '#/allOf/1/properties/scaling/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.action === undefined) {
      const err22 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'action' },
        message: "must have required property '" + 'action' + "'",
      };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
  } else {
    const err23 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
const schema49 = {
  type: 'object',
  required: ['type', 'url'],
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexComponent__base' },
    {
      type: 'object',
      properties: {
        url: { type: 'string', format: 'uri' },
        flex: { type: 'integer', format: 'int32' },
        margin: { type: 'string' },
        position: { type: 'string', enum: ['relative', 'absolute'] },
        offsetTop: { type: 'string' },
        offsetBottom: { type: 'string' },
        offsetStart: { type: 'string' },
        offsetEnd: { type: 'string' },
        align: { type: 'string', enum: ['start', 'end', 'center'] },
        gravity: { type: 'string', enum: ['top', 'bottom', 'center'] },
        size: { type: 'string', default: 'md' },
        aspectRatio: { type: 'string' },
        aspectMode: { type: 'string', enum: ['fit', 'cover'] },
        backgroundColor: { type: 'string' },
        action: { $ref: 'messaging-api#/components/schemas/Action' },
        animated: { type: 'boolean', default: false },
      },
    },
  ],
};
function validate40(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.url !== undefined) {
      if (!(typeof data.url === 'string')) {
        const err3 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/allOf/1/properties/url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.flex !== undefined) {
      let data2 = data.flex;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        const err4 = {
          instancePath: instancePath + '/flex',
          schemaPath: '#/allOf/1/properties/flex/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.margin !== undefined) {
      if (typeof data.margin !== 'string') {
        const err5 = {
          instancePath: instancePath + '/margin',
          schemaPath: '#/allOf/1/properties/margin/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.position !== undefined) {
      let data4 = data.position;
      if (typeof data4 !== 'string') {
        const err6 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/allOf/1/properties/position/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data4 === 'relative' || data4 === 'absolute')) {
        const err7 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/allOf/1/properties/position/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.allOf[1].properties.position.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.offsetTop !== undefined) {
      if (typeof data.offsetTop !== 'string') {
        const err8 = {
          instancePath: instancePath + '/offsetTop',
          schemaPath: '#/allOf/1/properties/offsetTop/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.offsetBottom !== undefined) {
      if (typeof data.offsetBottom !== 'string') {
        const err9 = {
          instancePath: instancePath + '/offsetBottom',
          schemaPath: '#/allOf/1/properties/offsetBottom/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.offsetStart !== undefined) {
      if (typeof data.offsetStart !== 'string') {
        const err10 = {
          instancePath: instancePath + '/offsetStart',
          schemaPath: '#/allOf/1/properties/offsetStart/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.offsetEnd !== undefined) {
      if (typeof data.offsetEnd !== 'string') {
        const err11 = {
          instancePath: instancePath + '/offsetEnd',
          schemaPath: '#/allOf/1/properties/offsetEnd/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.align !== undefined) {
      let data9 = data.align;
      if (typeof data9 !== 'string') {
        const err12 = {
          instancePath: instancePath + '/align',
          schemaPath: '#/allOf/1/properties/align/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data9 === 'start' || data9 === 'end' || data9 === 'center')) {
        const err13 = {
          instancePath: instancePath + '/align',
          schemaPath: '#/allOf/1/properties/align/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.allOf[1].properties.align.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.gravity !== undefined) {
      let data10 = data.gravity;
      if (typeof data10 !== 'string') {
        const err14 = {
          instancePath: instancePath + '/gravity',
          schemaPath: '#/allOf/1/properties/gravity/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data10 === 'top' || data10 === 'bottom' || data10 === 'center')) {
        const err15 = {
          instancePath: instancePath + '/gravity',
          schemaPath: '#/allOf/1/properties/gravity/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.allOf[1].properties.gravity.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.size !== undefined) {
      if (typeof data.size !== 'string') {
        const err16 = {
          instancePath: instancePath + '/size',
          schemaPath: '#/allOf/1/properties/size/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.aspectRatio !== undefined) {
      if (typeof data.aspectRatio !== 'string') {
        const err17 = {
          instancePath: instancePath + '/aspectRatio',
          schemaPath: '#/allOf/1/properties/aspectRatio/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.aspectMode !== undefined) {
      let data13 = data.aspectMode;
      if (typeof data13 !== 'string') {
        const err18 = {
          instancePath: instancePath + '/aspectMode',
          schemaPath: '#/allOf/1/properties/aspectMode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(data13 === 'fit' || data13 === 'cover')) {
        const err19 = {
          instancePath: instancePath + '/aspectMode',
          schemaPath: '#/allOf/1/properties/aspectMode/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.allOf[1].properties.aspectMode.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.backgroundColor !== undefined) {
      if (typeof data.backgroundColor !== 'string') {
        const err20 = {
          instancePath: instancePath + '/backgroundColor',
          schemaPath: '#/allOf/1/properties/backgroundColor/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.action !== undefined) {
      if (
        !validate19(data.action, {
          instancePath: instancePath + '/action',
          parentData: data,
          parentDataProperty: 'action',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.animated !== undefined) {
      if (typeof data.animated !== 'boolean') {
        const err21 = {
          instancePath: instancePath + '/animated',
          schemaPath: '#/allOf/1/properties/animated/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err23 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (data.url === undefined) {
      const err24 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'url' },
        message: "must have required property '" + 'url' + "'",
      };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
  } else {
    const err25 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
const schema51 = {
  type: 'object',
  required: ['url', 'previewUrl', 'altContent'],
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexComponent__base' },
    {
      type: 'object',
      properties: {
        url: { type: 'string', format: 'uri' },
        previewUrl: { type: 'string', format: 'uri' },
        altContent: { $ref: 'messaging-api#/components/schemas/FlexComponent' },
        aspectRatio: { type: 'string' },
        action: { $ref: 'messaging-api#/components/schemas/Action' },
      },
    },
  ],
};
const wrapper1 = { validate: validate17 };
function validate43(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.url !== undefined) {
      if (!(typeof data.url === 'string')) {
        const err3 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/allOf/1/properties/url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.previewUrl !== undefined) {
      if (!(typeof data.previewUrl === 'string')) {
        const err4 = {
          instancePath: instancePath + '/previewUrl',
          schemaPath: '#/allOf/1/properties/previewUrl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.altContent !== undefined) {
      if (
        !wrapper1.validate(data.altContent, {
          instancePath: instancePath + '/altContent',
          parentData: data,
          parentDataProperty: 'altContent',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
        errors = vErrors.length;
      }
    }
    if (data.aspectRatio !== undefined) {
      if (typeof data.aspectRatio !== 'string') {
        const err5 = {
          instancePath: instancePath + '/aspectRatio',
          schemaPath: '#/allOf/1/properties/aspectRatio/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.action !== undefined) {
      if (
        !validate19(data.action, {
          instancePath: instancePath + '/action',
          parentData: data,
          parentDataProperty: 'action',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.url === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'url' },
        message: "must have required property '" + 'url' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.previewUrl === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'previewUrl' },
        message: "must have required property '" + 'previewUrl' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.altContent === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'altContent' },
        message: "must have required property '" + 'altContent' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
const schema53 = {
  type: 'object',
  required: ['url'],
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexComponent__base' },
    {
      type: 'object',
      properties: {
        url: { type: 'string', format: 'uri' },
        size: { type: 'string' },
        aspectRatio: { type: 'string' },
        margin: { type: 'string' },
        position: { type: 'string', enum: ['relative', 'absolute'] },
        offsetTop: { type: 'string' },
        offsetBottom: { type: 'string' },
        offsetStart: { type: 'string' },
        offsetEnd: { type: 'string' },
        scaling: { type: 'boolean' },
      },
    },
  ],
};
function validate46(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.url !== undefined) {
      if (!(typeof data.url === 'string')) {
        const err3 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/allOf/1/properties/url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.size !== undefined) {
      if (typeof data.size !== 'string') {
        const err4 = {
          instancePath: instancePath + '/size',
          schemaPath: '#/allOf/1/properties/size/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.aspectRatio !== undefined) {
      if (typeof data.aspectRatio !== 'string') {
        const err5 = {
          instancePath: instancePath + '/aspectRatio',
          schemaPath: '#/allOf/1/properties/aspectRatio/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.margin !== undefined) {
      if (typeof data.margin !== 'string') {
        const err6 = {
          instancePath: instancePath + '/margin',
          schemaPath: '#/allOf/1/properties/margin/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.position !== undefined) {
      let data5 = data.position;
      if (typeof data5 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/allOf/1/properties/position/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data5 === 'relative' || data5 === 'absolute')) {
        const err8 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/allOf/1/properties/position/enum',
          keyword: 'enum',
          params: { allowedValues: schema53.allOf[1].properties.position.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.offsetTop !== undefined) {
      if (typeof data.offsetTop !== 'string') {
        const err9 = {
          instancePath: instancePath + '/offsetTop',
          schemaPath: '#/allOf/1/properties/offsetTop/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.offsetBottom !== undefined) {
      if (typeof data.offsetBottom !== 'string') {
        const err10 = {
          instancePath: instancePath + '/offsetBottom',
          schemaPath: '#/allOf/1/properties/offsetBottom/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.offsetStart !== undefined) {
      if (typeof data.offsetStart !== 'string') {
        const err11 = {
          instancePath: instancePath + '/offsetStart',
          schemaPath: '#/allOf/1/properties/offsetStart/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.offsetEnd !== undefined) {
      if (typeof data.offsetEnd !== 'string') {
        const err12 = {
          instancePath: instancePath + '/offsetEnd',
          schemaPath: '#/allOf/1/properties/offsetEnd/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.scaling !== undefined) {
      if (typeof data.scaling !== 'boolean') {
        const err13 = {
          instancePath: instancePath + '/scaling',
          schemaPath: '#/allOf/1/properties/scaling/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.url === undefined) {
      const err15 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'url' },
        message: "must have required property '" + 'url' + "'",
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
const schema55 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexComponent__base' },
    {
      type: 'object',
      properties: {
        flex: { type: 'integer', format: 'int32' },
        text: { type: 'string' },
        size: { type: 'string' },
        align: { type: 'string', enum: ['start', 'end', 'center'] },
        gravity: { type: 'string', enum: ['top', 'bottom', 'center'] },
        color: { type: 'string' },
        weight: { type: 'string', enum: ['regular', 'bold'] },
        style: { type: 'string', enum: ['normal', 'italic'] },
        decoration: { type: 'string', enum: ['none', 'underline', 'line-through'] },
        wrap: { type: 'boolean' },
        lineSpacing: { type: 'string' },
        margin: { type: 'string' },
        position: { type: 'string', enum: ['relative', 'absolute'] },
        offsetTop: { type: 'string' },
        offsetBottom: { type: 'string' },
        offsetStart: { type: 'string' },
        offsetEnd: { type: 'string' },
        action: { $ref: 'messaging-api#/components/schemas/Action' },
        maxLines: { type: 'integer', format: 'int32' },
        contents: { type: 'array', items: { $ref: 'messaging-api#/components/schemas/FlexSpan' } },
        adjustMode: { type: 'string', enum: ['shrink-to-fit'] },
        scaling: { type: 'boolean' },
      },
    },
  ],
};
const schema57 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexComponent__base' },
    {
      type: 'object',
      properties: {
        text: { type: 'string' },
        size: { type: 'string' },
        color: { type: 'string' },
        weight: { type: 'string', enum: ['regular', 'bold'] },
        style: { type: 'string', enum: ['normal', 'italic'] },
        decoration: { type: 'string', enum: ['none', 'underline', 'line-through'] },
      },
    },
  ],
};
function validate50(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err2 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.text !== undefined) {
      if (typeof data.text !== 'string') {
        const err4 = {
          instancePath: instancePath + '/text',
          schemaPath: '#/allOf/1/properties/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.size !== undefined) {
      if (typeof data.size !== 'string') {
        const err5 = {
          instancePath: instancePath + '/size',
          schemaPath: '#/allOf/1/properties/size/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.color !== undefined) {
      if (typeof data.color !== 'string') {
        const err6 = {
          instancePath: instancePath + '/color',
          schemaPath: '#/allOf/1/properties/color/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.weight !== undefined) {
      let data4 = data.weight;
      if (typeof data4 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/weight',
          schemaPath: '#/allOf/1/properties/weight/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data4 === 'regular' || data4 === 'bold')) {
        const err8 = {
          instancePath: instancePath + '/weight',
          schemaPath: '#/allOf/1/properties/weight/enum',
          keyword: 'enum',
          params: { allowedValues: schema57.allOf[1].properties.weight.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.style !== undefined) {
      let data5 = data.style;
      if (typeof data5 !== 'string') {
        const err9 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/allOf/1/properties/style/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data5 === 'normal' || data5 === 'italic')) {
        const err10 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/allOf/1/properties/style/enum',
          keyword: 'enum',
          params: { allowedValues: schema57.allOf[1].properties.style.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.decoration !== undefined) {
      let data6 = data.decoration;
      if (typeof data6 !== 'string') {
        const err11 = {
          instancePath: instancePath + '/decoration',
          schemaPath: '#/allOf/1/properties/decoration/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data6 === 'none' || data6 === 'underline' || data6 === 'line-through')) {
        const err12 = {
          instancePath: instancePath + '/decoration',
          schemaPath: '#/allOf/1/properties/decoration/enum',
          keyword: 'enum',
          params: { allowedValues: schema57.allOf[1].properties.decoration.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
function validate48(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err2 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.flex !== undefined) {
      let data1 = data.flex;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err4 = {
          instancePath: instancePath + '/flex',
          schemaPath: '#/allOf/1/properties/flex/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.text !== undefined) {
      if (typeof data.text !== 'string') {
        const err5 = {
          instancePath: instancePath + '/text',
          schemaPath: '#/allOf/1/properties/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.size !== undefined) {
      if (typeof data.size !== 'string') {
        const err6 = {
          instancePath: instancePath + '/size',
          schemaPath: '#/allOf/1/properties/size/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.align !== undefined) {
      let data4 = data.align;
      if (typeof data4 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/align',
          schemaPath: '#/allOf/1/properties/align/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data4 === 'start' || data4 === 'end' || data4 === 'center')) {
        const err8 = {
          instancePath: instancePath + '/align',
          schemaPath: '#/allOf/1/properties/align/enum',
          keyword: 'enum',
          params: { allowedValues: schema55.allOf[1].properties.align.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.gravity !== undefined) {
      let data5 = data.gravity;
      if (typeof data5 !== 'string') {
        const err9 = {
          instancePath: instancePath + '/gravity',
          schemaPath: '#/allOf/1/properties/gravity/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data5 === 'top' || data5 === 'bottom' || data5 === 'center')) {
        const err10 = {
          instancePath: instancePath + '/gravity',
          schemaPath: '#/allOf/1/properties/gravity/enum',
          keyword: 'enum',
          params: { allowedValues: schema55.allOf[1].properties.gravity.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.color !== undefined) {
      if (typeof data.color !== 'string') {
        const err11 = {
          instancePath: instancePath + '/color',
          schemaPath: '#/allOf/1/properties/color/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.weight !== undefined) {
      let data7 = data.weight;
      if (typeof data7 !== 'string') {
        const err12 = {
          instancePath: instancePath + '/weight',
          schemaPath: '#/allOf/1/properties/weight/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data7 === 'regular' || data7 === 'bold')) {
        const err13 = {
          instancePath: instancePath + '/weight',
          schemaPath: '#/allOf/1/properties/weight/enum',
          keyword: 'enum',
          params: { allowedValues: schema55.allOf[1].properties.weight.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.style !== undefined) {
      let data8 = data.style;
      if (typeof data8 !== 'string') {
        const err14 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/allOf/1/properties/style/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data8 === 'normal' || data8 === 'italic')) {
        const err15 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/allOf/1/properties/style/enum',
          keyword: 'enum',
          params: { allowedValues: schema55.allOf[1].properties.style.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.decoration !== undefined) {
      let data9 = data.decoration;
      if (typeof data9 !== 'string') {
        const err16 = {
          instancePath: instancePath + '/decoration',
          schemaPath: '#/allOf/1/properties/decoration/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data9 === 'none' || data9 === 'underline' || data9 === 'line-through')) {
        const err17 = {
          instancePath: instancePath + '/decoration',
          schemaPath: '#/allOf/1/properties/decoration/enum',
          keyword: 'enum',
          params: { allowedValues: schema55.allOf[1].properties.decoration.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.wrap !== undefined) {
      if (typeof data.wrap !== 'boolean') {
        const err18 = {
          instancePath: instancePath + '/wrap',
          schemaPath: '#/allOf/1/properties/wrap/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.lineSpacing !== undefined) {
      if (typeof data.lineSpacing !== 'string') {
        const err19 = {
          instancePath: instancePath + '/lineSpacing',
          schemaPath: '#/allOf/1/properties/lineSpacing/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.margin !== undefined) {
      if (typeof data.margin !== 'string') {
        const err20 = {
          instancePath: instancePath + '/margin',
          schemaPath: '#/allOf/1/properties/margin/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.position !== undefined) {
      let data13 = data.position;
      if (typeof data13 !== 'string') {
        const err21 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/allOf/1/properties/position/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (!(data13 === 'relative' || data13 === 'absolute')) {
        const err22 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/allOf/1/properties/position/enum',
          keyword: 'enum',
          params: { allowedValues: schema55.allOf[1].properties.position.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.offsetTop !== undefined) {
      if (typeof data.offsetTop !== 'string') {
        const err23 = {
          instancePath: instancePath + '/offsetTop',
          schemaPath: '#/allOf/1/properties/offsetTop/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.offsetBottom !== undefined) {
      if (typeof data.offsetBottom !== 'string') {
        const err24 = {
          instancePath: instancePath + '/offsetBottom',
          schemaPath: '#/allOf/1/properties/offsetBottom/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.offsetStart !== undefined) {
      if (typeof data.offsetStart !== 'string') {
        const err25 = {
          instancePath: instancePath + '/offsetStart',
          schemaPath: '#/allOf/1/properties/offsetStart/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.offsetEnd !== undefined) {
      if (typeof data.offsetEnd !== 'string') {
        const err26 = {
          instancePath: instancePath + '/offsetEnd',
          schemaPath: '#/allOf/1/properties/offsetEnd/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.action !== undefined) {
      if (
        !validate19(data.action, {
          instancePath: instancePath + '/action',
          parentData: data,
          parentDataProperty: 'action',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxLines !== undefined) {
      let data19 = data.maxLines;
      if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19))) {
        const err27 = {
          instancePath: instancePath + '/maxLines',
          schemaPath: '#/allOf/1/properties/maxLines/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.contents !== undefined) {
      let data20 = data.contents;
      if (Array.isArray(data20)) {
        const len0 = data20.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate50(data20[i0], {
              instancePath: instancePath + '/contents/' + i0,
              parentData: data20,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/contents',
          schemaPath: '#/allOf/1/properties/contents/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.adjustMode !== undefined) {
      let data22 = data.adjustMode;
      if (typeof data22 !== 'string') {
        const err29 = {
          instancePath: instancePath + '/adjustMode',
          schemaPath: '#/allOf/1/properties/adjustMode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (!(data22 === 'shrink-to-fit')) {
        const err30 = {
          instancePath: instancePath + '/adjustMode',
          schemaPath: '#/allOf/1/properties/adjustMode/enum',
          keyword: 'enum',
          params: { allowedValues: schema55.allOf[1].properties.adjustMode.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.scaling !== undefined) {
      if (typeof data.scaling !== 'boolean') {
        const err31 = {
          instancePath: instancePath + '/scaling',
          schemaPath: '#/allOf/1/properties/scaling/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
const schema59 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexComponent__base' },
    { type: 'object', properties: { margin: { type: 'string' }, color: { type: 'string' } } },
  ],
};
function validate54(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err2 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.margin !== undefined) {
      if (typeof data.margin !== 'string') {
        const err4 = {
          instancePath: instancePath + '/margin',
          schemaPath: '#/allOf/1/properties/margin/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.color !== undefined) {
      if (typeof data.color !== 'string') {
        const err5 = {
          instancePath: instancePath + '/color',
          schemaPath: '#/allOf/1/properties/color/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
const schema61 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexComponent__base' },
    { type: 'object', properties: { flex: { type: 'integer', format: 'int32' } } },
  ],
};
function validate56(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err2 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.flex !== undefined) {
      let data1 = data.flex;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err4 = {
          instancePath: instancePath + '/flex',
          schemaPath: '#/allOf/1/properties/flex/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = 'type')) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('box' !== data.type) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs10 = errors;
    if (!wrapper0.validate(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs10 === errors;
    valid3 = _valid0;
  }
  if (!valid3) {
    const err5 = {
      instancePath,
      schemaPath: '#/allOf/1/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  const _errs12 = errors;
  let valid5 = true;
  const _errs13 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing1;
    if (data.type === undefined && (missing1 = 'type')) {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('button' !== data.type) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs15 = errors;
    if (!validate18(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
      errors = vErrors.length;
    }
    var _valid1 = _errs15 === errors;
    valid5 = _valid1;
  }
  if (!valid5) {
    const err8 = {
      instancePath,
      schemaPath: '#/allOf/2/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  const _errs17 = errors;
  let valid7 = true;
  const _errs18 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing2;
    if (data.type === undefined && (missing2 = 'type')) {
      const err9 = {};
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('image' !== data.type) {
          const err10 = {};
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs18 === errors;
  errors = _errs17;
  if (vErrors !== null) {
    if (_errs17) {
      vErrors.length = _errs17;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs20 = errors;
    if (!validate40(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
      errors = vErrors.length;
    }
    var _valid2 = _errs20 === errors;
    valid7 = _valid2;
  }
  if (!valid7) {
    const err11 = {
      instancePath,
      schemaPath: '#/allOf/3/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  const _errs22 = errors;
  let valid9 = true;
  const _errs23 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing3;
    if (data.type === undefined && (missing3 = 'type')) {
      const err12 = {};
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('video' !== data.type) {
          const err13 = {};
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs23 === errors;
  errors = _errs22;
  if (vErrors !== null) {
    if (_errs22) {
      vErrors.length = _errs22;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs25 = errors;
    if (!validate43(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
      errors = vErrors.length;
    }
    var _valid3 = _errs25 === errors;
    valid9 = _valid3;
  }
  if (!valid9) {
    const err14 = {
      instancePath,
      schemaPath: '#/allOf/4/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  const _errs27 = errors;
  let valid11 = true;
  const _errs28 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing4;
    if (data.type === undefined && (missing4 = 'type')) {
      const err15 = {};
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('icon' !== data.type) {
          const err16 = {};
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
  }
  var _valid4 = _errs28 === errors;
  errors = _errs27;
  if (vErrors !== null) {
    if (_errs27) {
      vErrors.length = _errs27;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs30 = errors;
    if (!validate46(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
      errors = vErrors.length;
    }
    var _valid4 = _errs30 === errors;
    valid11 = _valid4;
  }
  if (!valid11) {
    const err17 = {
      instancePath,
      schemaPath: '#/allOf/5/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  const _errs32 = errors;
  let valid13 = true;
  const _errs33 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing5;
    if (data.type === undefined && (missing5 = 'type')) {
      const err18 = {};
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('text' !== data.type) {
          const err19 = {};
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
  }
  var _valid5 = _errs33 === errors;
  errors = _errs32;
  if (vErrors !== null) {
    if (_errs32) {
      vErrors.length = _errs32;
    } else {
      vErrors = null;
    }
  }
  if (_valid5) {
    const _errs35 = errors;
    if (!validate48(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
      errors = vErrors.length;
    }
    var _valid5 = _errs35 === errors;
    valid13 = _valid5;
  }
  if (!valid13) {
    const err20 = {
      instancePath,
      schemaPath: '#/allOf/6/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  const _errs37 = errors;
  let valid15 = true;
  const _errs38 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing6;
    if (data.type === undefined && (missing6 = 'type')) {
      const err21 = {};
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('span' !== data.type) {
          const err22 = {};
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
  }
  var _valid6 = _errs38 === errors;
  errors = _errs37;
  if (vErrors !== null) {
    if (_errs37) {
      vErrors.length = _errs37;
    } else {
      vErrors = null;
    }
  }
  if (_valid6) {
    const _errs40 = errors;
    if (!validate50(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
      errors = vErrors.length;
    }
    var _valid6 = _errs40 === errors;
    valid15 = _valid6;
  }
  if (!valid15) {
    const err23 = {
      instancePath,
      schemaPath: '#/allOf/7/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  const _errs42 = errors;
  let valid17 = true;
  const _errs43 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing7;
    if (data.type === undefined && (missing7 = 'type')) {
      const err24 = {};
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('separator' !== data.type) {
          const err25 = {};
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
  }
  var _valid7 = _errs43 === errors;
  errors = _errs42;
  if (vErrors !== null) {
    if (_errs42) {
      vErrors.length = _errs42;
    } else {
      vErrors = null;
    }
  }
  if (_valid7) {
    const _errs45 = errors;
    if (!validate54(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
      errors = vErrors.length;
    }
    var _valid7 = _errs45 === errors;
    valid17 = _valid7;
  }
  if (!valid17) {
    const err26 = {
      instancePath,
      schemaPath: '#/allOf/8/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  const _errs47 = errors;
  let valid19 = true;
  const _errs48 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing8;
    if (data.type === undefined && (missing8 = 'type')) {
      const err27 = {};
      if (vErrors === null) {
        vErrors = [err27];
      } else {
        vErrors.push(err27);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('filler' !== data.type) {
          const err28 = {};
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
  }
  var _valid8 = _errs48 === errors;
  errors = _errs47;
  if (vErrors !== null) {
    if (_errs47) {
      vErrors.length = _errs47;
    } else {
      vErrors = null;
    }
  }
  if (_valid8) {
    const _errs50 = errors;
    if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
      errors = vErrors.length;
    }
    var _valid8 = _errs50 === errors;
    valid19 = _valid8;
  }
  if (!valid19) {
    const err29 = {
      instancePath,
      schemaPath: '#/allOf/9/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err30 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err30];
      } else {
        vErrors.push(err30);
      }
      errors++;
    }
    if (data.type !== undefined) {
      let data10 = data.type;
      if (typeof data10 !== 'string') {
        const err31 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (!(
        data10 === 'box' ||
        data10 === 'button' ||
        data10 === 'image' ||
        data10 === 'video' ||
        data10 === 'icon' ||
        data10 === 'text' ||
        data10 === 'span' ||
        data10 === 'separator' ||
        data10 === 'filler'
      )) {
        const err32 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema24.properties.type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
const schema63 = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string', enum: ['linearGradient'] } },
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexBoxBackground__base' },
    {
      if: { properties: { type: { const: 'linearGradient' } }, required: ['type'] },
      then: { $ref: 'messaging-api#/components/schemas/FlexBoxLinearGradient' },
    },
  ],
};
const schema64 = { required: ['type'], type: 'object', properties: { type: { type: 'string' } } };
const schema65 = {
  type: 'object',
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexBoxBackground__base' },
    {
      type: 'object',
      properties: {
        angle: { type: 'string' },
        startColor: { type: 'string' },
        endColor: { type: 'string' },
        centerColor: { type: 'string' },
        centerPosition: { type: 'string' },
      },
    },
  ],
};
function validate61(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexBoxBackground__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err2 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexBoxBackground__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexBoxBackground__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.angle !== undefined) {
      if (typeof data.angle !== 'string') {
        const err4 = {
          instancePath: instancePath + '/angle',
          schemaPath: '#/allOf/1/properties/angle/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.startColor !== undefined) {
      if (typeof data.startColor !== 'string') {
        const err5 = {
          instancePath: instancePath + '/startColor',
          schemaPath: '#/allOf/1/properties/startColor/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.endColor !== undefined) {
      if (typeof data.endColor !== 'string') {
        const err6 = {
          instancePath: instancePath + '/endColor',
          schemaPath: '#/allOf/1/properties/endColor/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.centerColor !== undefined) {
      if (typeof data.centerColor !== 'string') {
        const err7 = {
          instancePath: instancePath + '/centerColor',
          schemaPath: '#/allOf/1/properties/centerColor/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.centerPosition !== undefined) {
      if (typeof data.centerPosition !== 'string') {
        const err8 = {
          instancePath: instancePath + '/centerPosition',
          schemaPath: '#/allOf/1/properties/centerPosition/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
function validate60(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexBoxBackground__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexBoxBackground__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexBoxBackground__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = 'type')) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('linearGradient' !== data.type) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs10 = errors;
    if (!validate61(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs10 === errors;
    valid3 = _valid0;
  }
  if (!valid3) {
    const err5 = {
      instancePath,
      schemaPath: '#/allOf/1/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.type !== undefined) {
      let data2 = data.type;
      if (typeof data2 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data2 === 'linearGradient')) {
        const err8 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema63.properties.type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexComponent__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.layout !== undefined) {
      let data1 = data.layout;
      if (typeof data1 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/layout',
          schemaPath: '#/allOf/1/properties/layout/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === 'horizontal' || data1 === 'vertical' || data1 === 'baseline')) {
        const err4 = {
          instancePath: instancePath + '/layout',
          schemaPath: '#/allOf/1/properties/layout/enum',
          keyword: 'enum',
          params: { allowedValues: schema22.allOf[1].properties.layout.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.flex !== undefined) {
      let data2 = data.flex;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        const err5 = {
          instancePath: instancePath + '/flex',
          schemaPath: '#/allOf/1/properties/flex/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.contents !== undefined) {
      let data3 = data.contents;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate17(data3[i0], {
              instancePath: instancePath + '/contents/' + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/contents',
          schemaPath: '#/allOf/1/properties/contents/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.spacing !== undefined) {
      if (typeof data.spacing !== 'string') {
        const err7 = {
          instancePath: instancePath + '/spacing',
          schemaPath: '#/allOf/1/properties/spacing/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.margin !== undefined) {
      if (typeof data.margin !== 'string') {
        const err8 = {
          instancePath: instancePath + '/margin',
          schemaPath: '#/allOf/1/properties/margin/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.position !== undefined) {
      let data7 = data.position;
      if (typeof data7 !== 'string') {
        const err9 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/allOf/1/properties/position/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data7 === 'relative' || data7 === 'absolute')) {
        const err10 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/allOf/1/properties/position/enum',
          keyword: 'enum',
          params: { allowedValues: schema22.allOf[1].properties.position.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.offsetTop !== undefined) {
      if (typeof data.offsetTop !== 'string') {
        const err11 = {
          instancePath: instancePath + '/offsetTop',
          schemaPath: '#/allOf/1/properties/offsetTop/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.offsetBottom !== undefined) {
      if (typeof data.offsetBottom !== 'string') {
        const err12 = {
          instancePath: instancePath + '/offsetBottom',
          schemaPath: '#/allOf/1/properties/offsetBottom/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.offsetStart !== undefined) {
      if (typeof data.offsetStart !== 'string') {
        const err13 = {
          instancePath: instancePath + '/offsetStart',
          schemaPath: '#/allOf/1/properties/offsetStart/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.offsetEnd !== undefined) {
      if (typeof data.offsetEnd !== 'string') {
        const err14 = {
          instancePath: instancePath + '/offsetEnd',
          schemaPath: '#/allOf/1/properties/offsetEnd/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.backgroundColor !== undefined) {
      if (typeof data.backgroundColor !== 'string') {
        const err15 = {
          instancePath: instancePath + '/backgroundColor',
          schemaPath: '#/allOf/1/properties/backgroundColor/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.borderColor !== undefined) {
      if (typeof data.borderColor !== 'string') {
        const err16 = {
          instancePath: instancePath + '/borderColor',
          schemaPath: '#/allOf/1/properties/borderColor/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.borderWidth !== undefined) {
      if (typeof data.borderWidth !== 'string') {
        const err17 = {
          instancePath: instancePath + '/borderWidth',
          schemaPath: '#/allOf/1/properties/borderWidth/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.cornerRadius !== undefined) {
      if (typeof data.cornerRadius !== 'string') {
        const err18 = {
          instancePath: instancePath + '/cornerRadius',
          schemaPath: '#/allOf/1/properties/cornerRadius/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.width !== undefined) {
      if (typeof data.width !== 'string') {
        const err19 = {
          instancePath: instancePath + '/width',
          schemaPath: '#/allOf/1/properties/width/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.maxWidth !== undefined) {
      if (typeof data.maxWidth !== 'string') {
        const err20 = {
          instancePath: instancePath + '/maxWidth',
          schemaPath: '#/allOf/1/properties/maxWidth/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.height !== undefined) {
      if (typeof data.height !== 'string') {
        const err21 = {
          instancePath: instancePath + '/height',
          schemaPath: '#/allOf/1/properties/height/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.maxHeight !== undefined) {
      if (typeof data.maxHeight !== 'string') {
        const err22 = {
          instancePath: instancePath + '/maxHeight',
          schemaPath: '#/allOf/1/properties/maxHeight/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.paddingAll !== undefined) {
      if (typeof data.paddingAll !== 'string') {
        const err23 = {
          instancePath: instancePath + '/paddingAll',
          schemaPath: '#/allOf/1/properties/paddingAll/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.paddingTop !== undefined) {
      if (typeof data.paddingTop !== 'string') {
        const err24 = {
          instancePath: instancePath + '/paddingTop',
          schemaPath: '#/allOf/1/properties/paddingTop/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.paddingBottom !== undefined) {
      if (typeof data.paddingBottom !== 'string') {
        const err25 = {
          instancePath: instancePath + '/paddingBottom',
          schemaPath: '#/allOf/1/properties/paddingBottom/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.paddingStart !== undefined) {
      if (typeof data.paddingStart !== 'string') {
        const err26 = {
          instancePath: instancePath + '/paddingStart',
          schemaPath: '#/allOf/1/properties/paddingStart/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.paddingEnd !== undefined) {
      if (typeof data.paddingEnd !== 'string') {
        const err27 = {
          instancePath: instancePath + '/paddingEnd',
          schemaPath: '#/allOf/1/properties/paddingEnd/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.action !== undefined) {
      if (
        !validate19(data.action, {
          instancePath: instancePath + '/action',
          parentData: data,
          parentDataProperty: 'action',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.justifyContent !== undefined) {
      let data26 = data.justifyContent;
      if (typeof data26 !== 'string') {
        const err28 = {
          instancePath: instancePath + '/justifyContent',
          schemaPath: '#/allOf/1/properties/justifyContent/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (!(
        data26 === 'center' ||
        data26 === 'flex-start' ||
        data26 === 'flex-end' ||
        data26 === 'space-between' ||
        data26 === 'space-around' ||
        data26 === 'space-evenly'
      )) {
        const err29 = {
          instancePath: instancePath + '/justifyContent',
          schemaPath: '#/allOf/1/properties/justifyContent/enum',
          keyword: 'enum',
          params: { allowedValues: schema22.allOf[1].properties.justifyContent.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.alignItems !== undefined) {
      let data27 = data.alignItems;
      if (typeof data27 !== 'string') {
        const err30 = {
          instancePath: instancePath + '/alignItems',
          schemaPath: '#/allOf/1/properties/alignItems/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (!(data27 === 'center' || data27 === 'flex-start' || data27 === 'flex-end')) {
        const err31 = {
          instancePath: instancePath + '/alignItems',
          schemaPath: '#/allOf/1/properties/alignItems/enum',
          keyword: 'enum',
          params: { allowedValues: schema22.allOf[1].properties.alignItems.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.background !== undefined) {
      if (
        !validate60(data.background, {
          instancePath: instancePath + '/background',
          parentData: data,
          parentDataProperty: 'background',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.layout === undefined) {
      const err32 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'layout' },
        message: "must have required property '" + 'layout' + "'",
      };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    if (data.contents === undefined) {
      const err33 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'contents' },
        message: "must have required property '" + 'contents' + "'",
      };
      if (vErrors === null) {
        vErrors = [err33];
      } else {
        vErrors.push(err33);
      }
      errors++;
    }
  } else {
    const err34 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexContainer__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err2 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexContainer__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexContainer__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.direction !== undefined) {
      let data1 = data.direction;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/direction',
          schemaPath: '#/allOf/1/properties/direction/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === 'ltr' || data1 === 'rtl')) {
        const err5 = {
          instancePath: instancePath + '/direction',
          schemaPath: '#/allOf/1/properties/direction/enum',
          keyword: 'enum',
          params: { allowedValues: schema15.allOf[1].properties.direction.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.styles !== undefined) {
      if (
        !validate14(data.styles, {
          instancePath: instancePath + '/styles',
          parentData: data,
          parentDataProperty: 'styles',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.header !== undefined) {
      if (
        !validate16(data.header, {
          instancePath: instancePath + '/header',
          parentData: data,
          parentDataProperty: 'header',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
    if (data.hero !== undefined) {
      if (
        !validate17(data.hero, {
          instancePath: instancePath + '/hero',
          parentData: data,
          parentDataProperty: 'hero',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.body !== undefined) {
      if (
        !validate16(data.body, {
          instancePath: instancePath + '/body',
          parentData: data,
          parentDataProperty: 'body',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
    if (data.footer !== undefined) {
      if (
        !validate16(data.footer, {
          instancePath: instancePath + '/footer',
          parentData: data,
          parentDataProperty: 'footer',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
    if (data.size !== undefined) {
      let data7 = data.size;
      if (typeof data7 !== 'string') {
        const err6 = {
          instancePath: instancePath + '/size',
          schemaPath: '#/allOf/1/properties/size/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(
        data7 === 'nano' ||
        data7 === 'micro' ||
        data7 === 'deca' ||
        data7 === 'hecto' ||
        data7 === 'kilo' ||
        data7 === 'mega' ||
        data7 === 'giga'
      )) {
        const err7 = {
          instancePath: instancePath + '/size',
          schemaPath: '#/allOf/1/properties/size/enum',
          keyword: 'enum',
          params: { allowedValues: schema15.allOf[1].properties.size.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.action !== undefined) {
      if (
        !validate19(data.action, {
          instancePath: instancePath + '/action',
          parentData: data,
          parentDataProperty: 'action',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
const schema67 = {
  type: 'object',
  required: ['contents'],
  allOf: [
    { $ref: 'messaging-api#/components/schemas/FlexContainer__base' },
    {
      type: 'object',
      properties: {
        contents: { type: 'array', items: { $ref: 'messaging-api#/components/schemas/FlexBubble' } },
      },
    },
  ],
};
function validate70(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexContainer__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexContainer__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexContainer__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.contents !== undefined) {
      let data1 = data.contents;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate13(data1[i0], {
              instancePath: instancePath + '/contents/' + i0,
              parentData: data1,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/contents',
          schemaPath: '#/allOf/1/properties/contents/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.contents === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'contents' },
        message: "must have required property '" + 'contents' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'messaging-api#/components/schemas/FlexContainer__base/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: 'messaging-api#/components/schemas/FlexContainer__base/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: 'messaging-api#/components/schemas/FlexContainer__base/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = 'type')) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('bubble' !== data.type) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs10 = errors;
    if (!validate13(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs10 === errors;
    valid3 = _valid0;
  }
  if (!valid3) {
    const err5 = {
      instancePath,
      schemaPath: '#/allOf/1/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  const _errs12 = errors;
  let valid5 = true;
  const _errs13 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing1;
    if (data.type === undefined && (missing1 = 'type')) {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('carousel' !== data.type) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs15 = errors;
    if (!validate70(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
      errors = vErrors.length;
    }
    var _valid1 = _errs15 === errors;
    valid5 = _valid1;
  }
  if (!valid5) {
    const err8 = {
      instancePath,
      schemaPath: '#/allOf/2/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.type !== undefined) {
      let data3 = data.type;
      if (typeof data3 !== 'string') {
        const err10 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data3 === 'bubble' || data3 === 'carousel')) {
        const err11 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema13.properties.type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="flexContainer" */ let vErrors = null;
  let errors = 0;
  if (!validate12(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
    errors = vErrors.length;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
