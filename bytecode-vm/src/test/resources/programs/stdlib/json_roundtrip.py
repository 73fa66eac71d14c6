# Serialising records to JSON text and back.
import json

order = {
    'id': 1042,
    'customer': {'name': 'Zoë Müller', 'email': 'zoe@example.com', 'vip': True},
    'items': [
        {'sku': 'A-1', 'qty': 2, 'price': 9.99},
        {'sku': 'B-7', 'qty': 1, 'price': 120.0},
    ],
    'notes': None,
    'coupon': (10, 'percent'),
}

text = json.dumps(order)
text
json.loads(text) == {**order, 'coupon': [10, 'percent']}
json.dumps(order, indent=2, sort_keys=True)
json.dumps(order['items'], separators=(',', ':'))
json.dumps(order['customer'], ensure_ascii=False)
json.dumps(order['customer'], indent='\t')
json.dumps([1, [2, [3, []]], {}], indent=0)
json.dumps({'a': [], 'b': {}}, indent=4)

totals = [round(item['qty'] * item['price'], 2) for item in json.loads(text)['items']]
totals, sum(totals)

# Scalars and the way CPython writes them.
json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-17)
json.dumps(3.0), json.dumps(0.1), json.dumps(1e22), json.dumps(1.5e-10), json.dumps(2 ** 70)
json.dumps(float('nan')), json.dumps(float('inf')), json.dumps([float('-inf')])
json.dumps('tab\there "quoted" back\\slash\nnewline\x01\x7f')
json.dumps('café ☕ 𝄞'), json.dumps('café ☕ 𝄞', ensure_ascii=False)
json.dumps({1: 'one', 2.5: 'float', True: 'yes', None: 'nothing'})
json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True)

json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\ud834\\udd1e\\n"}')
json.loads('  [ 1 , "x" , { } , [ ] ]  ')
json.loads('"\\/\\b\\f\\r\\t"'), json.loads('-0'), json.loads('-0.0'), json.loads('1E3')
json.loads('[NaN, Infinity, -Infinity]')
json.loads('123456789012345678901234567890')
json.loads('{"dup": 1, "dup": 2}')

samples = [[], {}, '', 0, 0.5, 'ünïcödé', [None, [True, [False]]], {'k': {'k': {'k': 'v'}}}, list(range(5))]
[json.loads(json.dumps(s)) == s for s in samples]
[json.loads(json.dumps(s, indent=3, ensure_ascii=False)) == s for s in samples]
