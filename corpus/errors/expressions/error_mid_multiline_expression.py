total = (first_value
         + second_value
         * * third_value)
